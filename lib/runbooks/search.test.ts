import { describe, expect, it } from "vitest";
import { parseRunbook, type Runbook } from "./parse";
import { buildSearchIndex, highlight, searchRunbooks } from "./search";

function runbook(slug: string, title: string, summary: string, body: string, extra: Partial<Record<string, string>> = {}): Runbook {
  const src = `---
title: ${title}
summary: ${summary}
services: [${extra.services ?? "api"}]
severities: [${extra.severities ?? "P1"}]
owner: ${extra.owner ?? "Platform team"}
last_reviewed: 2026-11-01
review_every: 90d
tags: [${extra.tags ?? "ops"}]
---
${body}`;
  const r = parseRunbook(`${slug}.md`, src);
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.runbook;
}

const db = runbook("db", "Database outage", "Postgres is down.", "## Procedure\nRestart the pooler.", { services: "database", severities: "P0", tags: "database" });
const latency = runbook("latency", "Slow pages", "Latency is high.", "## Procedure\nCheck the database pool and the pooler.", { owner: "Web team" });
const deploy = runbook("deploy", "Deployment and rollback", "Ship and undo.", "## Procedure\nRoll back with the previous build.");
const index = buildSearchIndex([db, latency, deploy]);

describe("runbook search", () => {
  it("every word must appear somewhere", () => {
    expect(searchRunbooks(index, "pooler restart").map((h) => h.runbook.slug)).toEqual(["db"]);
  });
  it("title matches rank above body matches", () => {
    expect(searchRunbooks(index, "database").map((h) => h.runbook.slug)).toEqual(["db", "latency"]);
  });
  it("is case-insensitive", () => {
    expect(searchRunbooks(index, "ROLLBACK").map((h) => h.runbook.slug)).toEqual(["deploy"]);
  });
  it("filters by service, severity, owner and tag", () => {
    expect(searchRunbooks(index, "", { service: "database" }).map((h) => h.runbook.slug)).toEqual(["db"]);
    expect(searchRunbooks(index, "", { severity: "P1" }).map((h) => h.runbook.slug)).toEqual(["deploy", "latency"]);
    expect(searchRunbooks(index, "", { owner: "Web team" }).map((h) => h.runbook.slug)).toEqual(["latency"]);
    expect(searchRunbooks(index, "", { tag: "database" }).map((h) => h.runbook.slug)).toEqual(["db"]);
  });
  it("an empty query lists everything, by title", () => {
    expect(searchRunbooks(index, "  ").map((h) => h.runbook.meta.title)).toEqual(["Database outage", "Deployment and rollback", "Slow pages"]);
  });
  it("a body match comes with a highlighted excerpt", () => {
    const hits = searchRunbooks(index, "pool");
    expect(hits.map((h) => h.runbook.slug)).toEqual(["db", "latency"]); // "pooler" contains "pool"
    expect(hits[1].excerpt?.filter((s) => s.match).map((s) => s.text)).toEqual(["pool", "pool"]);
    expect(hits[1].excerpt?.map((s) => s.text).join("")).toContain("Check the database pool and the pooler.");
  });
});

describe("highlight", () => {
  it("marks every occurrence of every term, keeping the original case", () => {
    expect(highlight("Database DB data", ["data"])).toEqual([
      { text: "Data", match: true },
      { text: "base DB ", match: false },
      { text: "data", match: true },
    ]);
  });
  it("overlapping terms do not duplicate text", () => {
    const segs = highlight("postgres", ["post", "postgres"]);
    expect(segs.map((s) => s.text).join("")).toBe("postgres");
  });
});

describe("search text", () => {
  it("keeps paragraphs apart, so excerpts read as sentences", () => {
    const r = runbook("x", "X", "x", "## A\nThe database is down.\n\nA session lasts 7 days.\n\n- first item\n- second item\n");
    expect(r.text).toContain("down. A session");
    expect(r.text).toContain("first item second item");
  });
});
