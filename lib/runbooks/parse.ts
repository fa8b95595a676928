// A runbook file, taken apart once: frontmatter, body, headings (for the table of contents),
// task items (future per-incident checklists), links (checked in tests) and plain text (search).
// Pure: text in, data out.
import { parse as parseYaml } from "yaml";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { toString } from "mdast-util-to-string";
import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { frontmatterProblems, type Frontmatter } from "./frontmatter";

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

export interface Runbook {
  slug: string;
  file: string;
  meta: Frontmatter;
  body: string;
  headings: Heading[];
  tasks: string[];
  links: string[];
  text: string;
}

export type ParseResult = { ok: true; runbook: Runbook } | { ok: false; problems: string[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseRunbook(file: string, source: string): ParseResult {
  const slug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    return { ok: false, problems: [`${file}: file name: must be lowercase words-with-dashes.md`] };
  }
  const m = FRONTMATTER.exec(source);
  if (!m) return { ok: false, problems: [`${file}: frontmatter: missing (the file must start with --- and a YAML block)`] };
  let data: unknown;
  try {
    // Dates stay strings: `last_reviewed: 2026-11-20` must not turn into a Date object.
    data = parseYaml(m[1], { schema: "core" });
  } catch (e) {
    return { ok: false, problems: [`${file}: frontmatter: is not valid YAML (${(e as Error).message.split("\n")[0]})`] };
  }
  const problems = frontmatterProblems(file, data);
  if (problems.length) return { ok: false, problems };
  const body = source.slice(m[0].length);
  return { ok: true, runbook: { slug, file, meta: data as Frontmatter, body, ...analyse(body) } };
}

function analyse(body: string): Pick<Runbook, "headings" | "tasks" | "links" | "text"> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const tasks: string[] = [];
  const links: string[] = [];
  // Text for search, one block at a time: toString(tree) would glue "…down." to "A session…".
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "tableCell" || node.type === "code" || node.type === "heading") {
      blocks.push(toString(node));
    }
    if (node.type === "heading") {
      const text = toString(node);
      // rehype-slug gives every heading an id the same way; count them all so ids agree.
      const id = slugger.slug(text);
      if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, id });
    } else if (node.type === "listItem" && typeof node.checked === "boolean") {
      tasks.push(toString(node.children[0] ?? node));
    } else if (node.type === "link") {
      links.push(node.url);
    }
  });
  return { headings, tasks, links, text: blocks.join(" ") };
}

/** `./other-runbook.md#part` → the slug it points at; null for anything that is not a runbook link. */
export function runbookLinkTarget(url: string): string | null {
  const m = /^(?:\.\/)?([a-z0-9][a-z0-9-]*)\.md(?:#.*)?$/.exec(url);
  return m ? m[1] : null;
}
