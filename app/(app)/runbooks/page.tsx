import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { Chips, Highlighted, OverdueBadge } from "@/components/runbooks/parts";
import { allRunbooks, runbookIndex } from "@/lib/runbooks/load";
import { searchRunbooks, type Filters } from "@/lib/runbooks/search";
import { isReviewOverdue } from "@/lib/runbooks/frontmatter";

export const metadata = { title: "Runbooks" };

type Params = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function RunbooksPage({ searchParams }: { searchParams: Params }) {
  const sp = await searchParams;
  const q = one(sp.q) ?? "";
  const filters: Filters = { service: one(sp.service), severity: one(sp.severity), owner: one(sp.owner), tag: one(sp.tag) };
  const runbooks = allRunbooks();
  const now = new Date();
  const searching = q !== "" || Object.values(filters).some(Boolean);
  const hits = searchRunbooks(runbookIndex(), q, filters);
  const options = (pick: (r: (typeof runbooks)[number]) => readonly string[]) => [...new Set(runbooks.flatMap(pick))].sort();
  // Not Object.groupBy: Node 20 does not have it.
  const overdue = new Map<string, typeof runbooks>();
  for (const r of runbooks.filter((r) => isReviewOverdue(r.meta, now))) overdue.set(r.meta.owner, [...(overdue.get(r.meta.owner) ?? []), r]);
  const overdueByOwner = [...overdue.entries()].sort(([a], [b]) => a.localeCompare(b));
  const quick = runbooks.filter((r) => r.meta.severities.includes("P0"));

  return (
    <>
      <PageHeader title="Runbooks" description="Step-by-step guides for known problems." />
      <form role="search" aria-label="Runbooks" method="get" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder="e.g. database outage" className={selectClass} />
        </div>
        {(
          [
            ["service", "Service", options((r) => r.meta.services)],
            ["severity", "Severity", options((r) => r.meta.severities)],
            ["owner", "Owner", options((r) => [r.meta.owner])],
            ["tag", "Tag", options((r) => r.meta.tags)],
          ] as const
        ).map(([name, label, values]) => (
          <div key={name}>
            <label htmlFor={`f-${name}`} className="block text-sm font-medium">{label}</label>
            <select id={`f-${name}`} name={name} defaultValue={filters[name] ?? ""} className={selectClass}>
              <option value="">Any</option>
              {values.map((v) => (
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex gap-2">
          <Button type="submit">Search</Button>
          {searching && (
            <Link href="/runbooks" className="inline-flex min-h-10 items-center px-2 text-sm underline">Clear</Link>
          )}
        </div>
      </form>

      {!searching && quick.length > 0 && (
        <section aria-labelledby="quick" className="mb-8">
          <h2 id="quick" className="mb-2 text-lg font-semibold">Quick links: for P0 incidents</h2>
          <ul className="flex flex-wrap gap-2">
            {quick.map((r) => (
              <li key={r.slug}>
                <Link href={`/runbooks/${r.slug}`} className="inline-block rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
                  {r.meta.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="results">
        <h2 id="results" className="mb-3 text-lg font-semibold" aria-live="polite">
          {searching ? `${hits.length} runbook${hits.length === 1 ? "" : "s"} found` : `All runbooks (${runbooks.length})`}
        </h2>
        {hits.length === 0 ? (
          <EmptyState title="No runbook matches">
            <p>Try fewer words or clear a filter. Every word you type must appear in the runbook.</p>
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {hits.map((h) => (
              <li key={h.runbook.slug} className="space-y-1 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/runbooks/${h.runbook.slug}`} className="text-base font-semibold underline-offset-2 hover:underline">
                    <Highlighted segments={h.title} />
                  </Link>
                  {isReviewOverdue(h.runbook.meta, now) && <OverdueBadge />}
                </div>
                <p className="text-sm text-slate-700 dark:text-slate-300"><Highlighted segments={h.summary} /></p>
                {h.excerpt && <p className="text-sm text-slate-600 dark:text-slate-300"><Highlighted segments={h.excerpt} /></p>}
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  <Chips label="Services" items={h.runbook.meta.services} />
                  <Chips label="Severities" items={h.runbook.meta.severities} />
                  <span className="text-sm text-slate-600 dark:text-slate-300">Owner: {h.runbook.meta.owner}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {overdueByOwner.length > 0 && (
        <section aria-labelledby="overdue" className="mt-8">
          <h2 id="overdue" className="mb-2 text-lg font-semibold">Reviews overdue, by owner</h2>
          <ul className="space-y-2">
            {overdueByOwner.map(([owner, list]) => (
              <li key={owner}>
                <strong>{owner}</strong>:{" "}
                {list.map((r, i) => (
                  <span key={r.slug}>
                    {i > 0 && ", "}
                    <Link href={`/runbooks/${r.slug}`} className="underline">{r.meta.title}</Link> (last reviewed {r.meta.last_reviewed})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
