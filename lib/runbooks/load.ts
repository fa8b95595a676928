import "server-only";
// Reads content/runbooks once per server process (they change only with a deploy). Any invalid
// file throws with every problem listed, which fails `next build` (generateStaticParams calls
// this) as well as `npm test`.
import { cache } from "react";
import type { Runbook } from "./parse";
import { readRunbooks } from "./files";
import { buildSearchIndex, type SearchIndex } from "./search";

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
