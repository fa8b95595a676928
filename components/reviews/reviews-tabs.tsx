import Link from "next/link";

const TABS = [
  { key: "reviews", href: "/reviews", label: "Reviews" },
  { key: "action-items", href: "/reviews/action-items", label: "Action items" },
] as const;

/** Reviews and their action items: two views of the same work, one nav entry in the app shell. */
export function ReviewsTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Reviews and action items" className="mb-6 flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
            t.key === current
              ? "border-blue-700 text-slate-950 dark:border-blue-400 dark:text-white"
              : "border-transparent text-slate-700 hover:border-slate-400 dark:text-slate-300"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
