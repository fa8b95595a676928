// Markdown people type during an incident (notes, summaries), rendered safely: raw HTML is
// dropped, URLs pass react-markdown's safe-scheme filter (no javascript:, data:, vbscript:),
// and external links open in a new tab without access to this one.
import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const components: Components = {
  a: ({ href, children }) =>
    href && /^https?:\/\//i.test(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    ) : (
      <a href={href || undefined}>{children}</a>
    ),
  // Headings inside a note would break the page outline; show them as strong paragraphs.
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  img: ({ alt }) => <span>[image: {alt || "no description"}]</span>,
  table: ({ children }) => (
    <div className="relative overflow-x-auto">
      <table>{children}</table>
    </div>
  ),
};

// A whole document (a review's print view) keeps its headings: they are its outline.
const { h1: _h1, h2: _h2, h3: _h3, ...documentComponents } = components;

export function SafeMarkdown({ source, outline = false }: { source: string; outline?: boolean }) {
  return (
    <div className="note-prose break-words">
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        urlTransform={defaultUrlTransform}
        components={outline ? documentComponents : components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
