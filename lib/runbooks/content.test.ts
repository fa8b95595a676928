// The runbooks we ship: valid, complete, linked correctly, and naming only real commands.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRunbooks } from "./files";
import { runbookLinkTarget } from "./parse";

const { runbooks, problems } = readRunbooks();
const slugs = new Set(runbooks.map((r) => r.slug));
const SECTIONS = ["Overview", "When to use", "Prerequisites and access", "Procedure", "Verification", "Rollback", "Escalation", "Related runbooks"];
const scripts = Object.keys(JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")).scripts);

describe("content/runbooks", () => {
  it("every file is valid (each problem is printed as file: field: what is wrong)", () => {
    expect(problems).toEqual([]);
    expect(runbooks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(runbooks.map((r) => [r.slug, r] as const))("%s has the eight sections, in order", (_slug, r) => {
    expect(r.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(SECTIONS);
  });

  it.each(runbooks.map((r) => [r.slug, r] as const))("%s has a procedure with steps to tick", (_slug, r) => {
    expect(r.tasks.length).toBeGreaterThan(0);
  });

  it.each(runbooks.map((r) => [r.slug, r] as const))("%s links only to runbooks that exist, and only over https", (_slug, r) => {
    for (const url of r.links) {
      const target = runbookLinkTarget(url);
      if (url.endsWith(".md") || url.includes(".md#")) expect(target && slugs.has(target), `${r.file}: link ${url}`).toBe(true);
      else if (!url.startsWith("#") && !target) expect(url, `${r.file}: link ${url}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
    }
  });

  it.each(runbooks.map((r) => [r.slug, r] as const))("%s names only npm scripts this project has", (_slug, r) => {
    for (const m of r.body.matchAll(/npm run ([a-z][\w:-]*)/g)) expect(scripts, `${r.file}: npm run ${m[1]}`).toContain(m[1]);
  });

  it("at least one runbook for every service, and for P0", () => {
    for (const s of ["api", "web", "auth", "database"]) expect(runbooks.some((r) => r.meta.services.includes(s as never)), s).toBe(true);
    expect(runbooks.some((r) => r.meta.severities.includes("P0"))).toBe(true);
  });
});
