// Runbook measurements for `npm run bench`: search over 500 generated runbooks (pure, in this
// process), and a runbook page's largest contentful paint in real Chromium on the bench build.
import { chromium } from "@playwright/test";
import { readRunbooks } from "../../lib/runbooks/files.ts";
import { parseRunbook, type Runbook } from "../../lib/runbooks/parse.ts";
import { buildSearchIndex, searchRunbooks } from "../../lib/runbooks/search.ts";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";

const WORDS = ["database", "latency", "rollback", "token", "pooler", "deploy", "error rate", "handoff", "secret", "timeout", "cache", "queue"];

/** 500 runbooks made from the real ones, each with its own title and a few extra paragraphs. */
export function generatedRunbooks(n = 500): Runbook[] {
  const real = readRunbooks().runbooks;
  const out: Runbook[] = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length];
    const w = WORDS[i % WORDS.length];
    const src = `---
title: ${base.meta.title} ${i} (${w})
summary: ${base.meta.summary}
services: [${base.meta.services.join(", ")}]
severities: [${base.meta.severities.join(", ")}]
owner: Team ${i % 17}
last_reviewed: ${base.meta.last_reviewed}
review_every: ${base.meta.review_every}
tags: [${[...base.meta.tags, `t${i % 23}`].join(", ")}]
---
${base.body}

## Notes ${i}
Runbook number ${i} mentions ${w} and ${WORDS[(i * 7) % WORDS.length]} for search.
`;
    const r = parseRunbook(`gen-${i}.md`, src);
    if (!r.ok) throw new Error(r.problems.join("\n"));
    out.push(r.runbook);
  }
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export function benchRunbookSearch() {
  const runbooks = generatedRunbooks(500);
  const index = buildSearchIndex(runbooks);
  const queries = ["database", "rollback token", "pooler restart", "error rate", "p0 outage", "handoff note", "zzz-no-match", "secret rotation jwt", "cache", "latency"];
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      searchRunbooks(index, q, round % 3 === 0 ? { service: "database" } : {});
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { runbooks: runbooks.length, queries: times.length, p50_ms: r(pct(times, 50)), p95_ms: r(pct(times, 95)), max_ms: r(times.at(-1)!) };
}

/** LCP of a runbook page, signed in, cold browser context each time (median of `runs`). */
export async function benchRunbookLcp(baseUrl: string, cookie: string, slug: string, runs = 7) {
  const browser = await chromium.launch({ executablePath: findChromium(() => {}), args: CHROMIUM_ARGS });
  const values: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ baseURL: baseUrl });
      await context.addCookies(
        cookie.split("; ").map((c) => {
          const [name, ...rest] = c.split("=");
          return { name, value: rest.join("="), url: baseUrl };
        }),
      );
      const page = await context.newPage();
      await page.goto(`/runbooks/${slug}`, { waitUntil: "load" });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1].startTime);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      values.push(lcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  values.sort((a, b) => a - b);
  return { page: `/runbooks/${slug}`, runs, median_ms: Math.round(pct(values, 50)), max_ms: Math.round(values.at(-1)!) };
}
