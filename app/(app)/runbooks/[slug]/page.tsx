import Link from "next/link";
import { Suspense } from "react";
import { EscalationLevels } from "@/components/runbooks/escalation-levels";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/runbooks/markdown";
import { TableOfContents } from "@/components/runbooks/toc";
import { Chips, OverdueBadge } from "@/components/runbooks/parts";
import { allRunbooks, runbookBySlug } from "@/lib/runbooks/load";
import { isReviewOverdue, reviewDueOn } from "@/lib/runbooks/frontmatter";

// Every runbook is known at build time: an invalid file fails the build here.
export const dynamicParams = false;
export function generateStaticParams() {
  return allRunbooks().map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const r = runbookBySlug((await params).slug);
  return { title: r ? r.meta.title : "Runbook not found" };
}

export default async function RunbookPage({ params }: { params: Promise<{ slug: string }> }) {
  const runbook = runbookBySlug((await params).slug);
  if (!runbook) notFound();
  const { meta } = runbook;
  const overdue = isReviewOverdue(meta, new Date());
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="lg:col-start-1 lg:row-start-1">
        <p className="no-print mb-2 text-sm">
          <Link href="/runbooks" className="underline">
            ← All runbooks
          </Link>
        </p>
        <header className="mb-6 space-y-2 border-b border-slate-200 pb-4 dark:border-slate-800">
          <h1 className="text-2xl font-semibold tracking-tight">{meta.title}</h1>
          <p className="text-slate-700 dark:text-slate-300">{meta.summary}</p>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Chips label="Services" items={meta.services} />
            <Chips label="Severities" items={meta.severities} />
            <Chips label="Tags" items={meta.tags} />
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Owner: <strong>{meta.owner}</strong> · Last reviewed {meta.last_reviewed}, every {meta.review_every} (next due{" "}
            {reviewDueOn(meta.last_reviewed, meta.review_every).toISOString().slice(0, 10)}) {overdue && <OverdueBadge />}
          </p>
          <Suspense fallback={<p className="text-sm text-slate-700 dark:text-slate-300">Loading who to call…</p>}>
            <EscalationLevels services={meta.services} />
          </Suspense>
        </header>
        <TableOfContents headings={runbook.headings} variant="folded" />
        <Markdown source={runbook.body} />
      </div>
      <TableOfContents headings={runbook.headings} variant="column" />
    </article>
  );
}
