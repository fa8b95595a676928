import "server-only";
// Reads content/runbooks once per server process (they change only with a deploy). Any invalid
// file throws with every problem listed, which fails `next build` (generateStaticParams calls
// this) as well as `npm test`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { parseRunbook, type Runbook } from "./parse";
import { buildSearchIndex, type SearchIndex } from "./search";

export const RUNBOOK_DIR = path.join(process.cwd(), "content", "runbooks");

export function readRunbooks(dir = RUNBOOK_DIR): { runbooks: Runbook[]; problems: string[] } {
  const runbooks: Runbook[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const r = parseRunbook(`content/runbooks/${name}`, readFileSync(path.join(dir, name), "utf8"));
    if (r.ok) runbooks.push(r.runbook);
    else problems.push(...r.problems);
  }
  return { runbooks, problems };
}

let loaded: { runbooks: Runbook[]; index: SearchIndex } | undefined;

function load() {
  if (loaded) return loaded;
  const { runbooks, problems } = readRunbooks();
  if (problems.length) throw new Error(`Invalid runbooks:\n${problems.join("\n")}`);
  loaded = { runbooks: runbooks.sort((a, b) => a.meta.title.localeCompare(b.meta.title)), index: buildSearchIndex(runbooks) };
  return loaded;
}

export const allRunbooks = cache(() => load().runbooks);
export const runbookIndex = cache(() => load().index);
export const runbookBySlug = cache((slug: string) => load().runbooks.find((r) => r.slug === slug) ?? null);
