import type { Segment } from "@/lib/runbooks/search";

/** Search matches wrapped in <mark>. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function OverdueBadge() {
  return (
    <span className="inline-flex items-center rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      Review overdue
    </span>
  );
}

export function Chips({ label, items }: { label: string; items: readonly string[] }) {
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <span className="text-slate-600 dark:text-slate-300">{label}:</span>
      {items.map((i) => (
        <span key={i} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800 dark:bg-slate-800 dark:text-slate-100">
          {i}
        </span>
      ))}
    </div>
  );
}
