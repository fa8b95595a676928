import type { Heading } from "@/lib/runbooks/parse";

function Links({ headings }: { headings: Heading[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? "pl-4" : ""}>
          <a href={`#${h.id}`} className="inline-block py-0.5 text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
            {h.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * "On this page": `folded` sits above the text on a phone; `column` is the sticky column beside
 * the text on a desktop (a grid item of the page, so it is rendered outside the text's box).
 */
export function TableOfContents({ headings, variant }: { headings: Heading[]; variant: "folded" | "column" }) {
  if (headings.length === 0) return null;
  if (variant === "folded") {
    return (
      <details className="no-print mb-6 rounded-md border border-slate-200 px-3 py-2 lg:hidden dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-semibold">On this page</summary>
        <nav aria-label="On this page" className="mt-2">
          <Links headings={headings} />
        </nav>
      </details>
    );
  }
  return (
    <nav aria-label="On this page" className="no-print hidden lg:col-start-2 lg:row-start-1 lg:block">
      <div className="sticky top-6">
        <h2 className="mb-2 text-sm font-semibold">On this page</h2>
        <Links headings={headings} />
      </div>
    </nav>
  );
}
