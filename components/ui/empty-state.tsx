import type { ReactNode } from "react";

/** What a section shows when there is nothing in it yet — said plainly, nothing invented. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mx-auto mt-2 max-w-prose text-slate-700 dark:text-slate-300">{children}</div>
    </section>
  );
}
