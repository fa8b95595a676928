// GitHub-style alerts: a blockquote whose first line is `[!WARNING]` (or NOTE, TIP, IMPORTANT,
// CAUTION) becomes a callout. A rehype plugin, so the marker is removed from the tree itself
// rather than from rendered React children.
import type { Element, ElementContent, Root, Text } from "hast";
import { visit } from "unist-util-visit";

export const CALLOUT_KINDS = ["note", "tip", "important", "warning", "caution"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;

export function rehypeCallouts() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "blockquote") return;
      const p = node.children.find((c): c is Element => c.type === "element");
      if (!p || p.tagName !== "p") return;
      const first = p.children[0] as ElementContent | undefined;
      if (!first || first.type !== "text") return;
      const m = MARKER.exec((first as Text).value);
      if (!m) return;
      (first as Text).value = (first as Text).value.slice(m[0].length);
      // A marker on its own line leaves a leading line break.
      if (p.children[1]?.type === "element" && (p.children[1] as Element).tagName === "br" && !(first as Text).value) {
        p.children.splice(0, 2);
      }
      node.properties = { ...node.properties, dataCallout: m[1].toLowerCase() };
    });
  };
}
