import { LocalTime } from "@/components/ui/local-time";

export interface ChangeLine {
  id: number;
  changed_at: string;
  who: { name: string } | null;
  text: string;
}

/** A "Recent changes" section: when (viewer's zone, UTC on hover), who, and what before → after. */
export function ChangeList({ changes, timeZone, id = "history-title" }: { changes: ChangeLine[]; timeZone: string; id?: string }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-2 text-lg font-semibold">
        Recent changes
      </h2>
      {changes.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No changes recorded.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {changes.map((c) => (
            <li key={c.id} className="flex flex-wrap gap-x-3 px-4 py-2">
              <LocalTime at={new Date(c.changed_at)} timeZone={timeZone} />
              <span className="text-slate-600 dark:text-slate-300">{c.who?.name ?? "System"}</span>
              <span className="min-w-0 break-words">{c.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
