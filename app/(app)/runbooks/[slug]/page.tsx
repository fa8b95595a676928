import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/runbooks/markdown";
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
    <article className="lg:grid lg:grid-cols-[1fr_16rem] lg:gap-10">
      <div>
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
          <p className="no-print text-sm">
            Who to call for {meta.services.join(", ")}:{" "}
            <Link href={`/escalation?service=${meta.services[0]}`} className="underline">
              escalation matrix
            </Link>
          </p>
        </header>
        <Markdown source={runbook.body} />
      </div>
      {runbook.headings.length > 0 && (
        <nav aria-label="On this page" className="no-print order-first mb-6 lg:order-last lg:mb-0">
          <div className="lg:sticky lg:top-6">
            <h2 className="mb-2 text-sm font-semibold">On this page</h2>
            <ul className="space-y-1 text-sm">
              {runbook.headings.map((h) => (
                <li key={h.id} className={h.depth === 3 ? "pl-4" : ""}>
                  <a href={`#${h.id}`} className="text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
                    {h.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </article>
  );
}
