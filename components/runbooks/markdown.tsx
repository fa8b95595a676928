// Runbook markdown, rendered safely: raw HTML is dropped (skipHtml), URLs pass react-markdown's
// safe-scheme filter (http, https, mailto, tel… — never javascript: or data:), external links
// open in a new tab without access to this one, and links between runbooks become app routes.
import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import rehypeSlug from "rehype-slug";
import rehypeHighlight from "rehype-highlight";
import type { Element, ElementContent } from "hast";
import { rehypeCallouts, type CalloutKind } from "@/lib/runbooks/rehype-callouts";
import { runbookLinkTarget } from "@/lib/runbooks/parse";
import { CopyButton } from "./copy-button";

function textOf(node: Element | ElementContent | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

const CALLOUT: Record<CalloutKind, { label: string; className: string }> = {
  note: { label: "Note", className: "border-sky-500 bg-sky-50 dark:bg-sky-950" },
  tip: { label: "Tip", className: "border-emerald-500 bg-emerald-50 dark:bg-emerald-950" },
  important: { label: "Important", className: "border-violet-500 bg-violet-50 dark:bg-violet-950" },
  warning: { label: "Warning", className: "border-amber-500 bg-amber-50 dark:bg-amber-950" },
  caution: { label: "Caution", className: "border-red-500 bg-red-50 dark:bg-red-950" },
};

function Anchor({ href = "", children }: { href?: string; children?: React.ReactNode }) {
  const target = runbookLinkTarget(href);
  if (target) return <a href={`/runbooks/${target}${href.includes("#") ? href.slice(href.indexOf("#")) : ""}`}>{children}</a>;
  if (/^https?:\/\//i.test(href)) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    );
  }
  return <a href={href || undefined}>{children}</a>;
}

const components: Components = {
  a: ({ href, children }) => <Anchor href={href}>{children}</Anchor>,
  h2: ({ id, children }) => (
    <h2 id={id} className="group scroll-mt-20">
      {children}
      {id && (
        <a href={`#${id}`} className="no-print ml-2 text-slate-400 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100">
          #<span className="sr-only"> link to this section</span>
        </a>
      )}
    </h2>
  ),
  h3: ({ id, children }) => (
    <h3 id={id} className="scroll-mt-20">
      {children}
    </h3>
  ),
  pre: ({ node, children }) => (
    <div className="relative">
      <pre>{children}</pre>
      <CopyButton text={textOf(node?.children[0])} />
    </div>
  ),
  // relative: screen-reader-only text inside (absolutely positioned) would otherwise escape the
  // scroll box and widen the whole page on a phone.
  table: ({ children }) => (
    <div className="relative overflow-x-auto">
      <table>{children}</table>
    </div>
  ),
  // GFM task items: shown as boxes; ticking them belongs to an incident, not to the runbook.
  input: ({ checked }) => (
    <span aria-hidden className="mr-1 inline-block w-4 text-center">
      {checked ? "☑" : "☐"}
    </span>
  ),
  blockquote: ({ node, children }) => {
    const kind = node?.properties?.dataCallout as CalloutKind | undefined;
    if (!kind || !CALLOUT[kind]) return <blockquote>{children}</blockquote>;
    return (
      <aside role="note" aria-label={CALLOUT[kind].label} className={`callout my-4 rounded-md border-l-4 px-4 py-2 ${CALLOUT[kind].className}`}>
        <p className="!mb-1 !mt-1 font-semibold">{CALLOUT[kind].label}</p>
        {children}
      </aside>
    );
  },
};

export function Markdown({ source }: { source: string }) {
  return (
    <div className="runbook-prose">
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSlug, rehypeCallouts, [rehypeHighlight, { detect: false }]]}
        urlTransform={defaultUrlTransform}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
