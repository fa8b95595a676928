import { describe, expect, it } from "vitest";
import { isReviewOverdue, reviewDueOn } from "./frontmatter";
import { parseRunbook } from "./parse";

const GOOD = `---
title: Database outage
summary: What to do when the database stops answering.
services: [database, api]
severities: [P0, P1]
owner: Platform team
last_reviewed: 2026-11-20
review_every: 90d
tags: [database, outage]
---
## Overview
Text.
`;

const withField = (line: RegExp, replacement: string) => GOOD.replace(line, replacement);

describe("runbook frontmatter", () => {
  it("a complete file is accepted", () => {
    const r = parseRunbook("content/runbooks/database-outage.md", GOOD);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.runbook.meta).toMatchObject({ title: "Database outage", last_reviewed: "2026-11-20", services: ["database", "api"] });
  });

  it.each([
    ["a missing title", withField(/^title: .*\n/m, ""), "x.md: title: is missing"],
    ["an unknown service", withField(/^services: .*$/m, "services: [mainframe]"), "x.md: services.0: must be one of api, web, auth, database"],
    ["an empty service list", withField(/^services: .*$/m, "services: []"), "x.md: services: needs at least one entry"],
    ["an unknown severity", withField(/^severities: .*$/m, "severities: [SEV1]"), "x.md: severities.0: must be one of P0, P1, P2, P3"],
    ["a date that is not YYYY-MM-DD", withField(/^last_reviewed: .*$/m, "last_reviewed: 20/11/2026"), "x.md: last_reviewed: must be a date written YYYY-MM-DD"],
    ["a date that does not exist", withField(/^last_reviewed: .*$/m, "last_reviewed: 2026-02-30"), "x.md: last_reviewed: is not a real calendar date"],
    ["a review period without a unit", withField(/^review_every: .*$/m, "review_every: 90"), "x.md: review_every: must be a number followed by d, w or m"],
    ["an uppercase tag", withField(/^tags: .*$/m, "tags: [Database]"), "x.md: tags.0: must be lowercase"],
    ["an unknown field", withField(/^tags: .*$/m, "tags: [db]\nowners: [x]"), "x.md: frontmatter: unknown field(s): owners"],
    ["no frontmatter at all", "## Overview\n", "x.md: frontmatter: missing"],
    ["broken YAML", GOOD.replace("title: Database outage", "title: [unclosed"), "x.md: frontmatter: is not valid YAML"],
  ])("%s is reported as file: field: what is wrong", (_what, source, message) => {
    const r = parseRunbook("x.md", source);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join("\n")).toContain(message);
  });

  it("a file name that is not a slug is refused", () => {
    const r = parseRunbook("content/runbooks/Database Outage.md", GOOD);
    expect(r.ok).toBe(false);
  });
});

describe("review due dates", () => {
  it.each([
    ["2026-08-01", "90d", "2026-10-30"],
    ["2026-08-01", "2w", "2026-08-15"],
    ["2026-08-31", "6m", "2027-03-03"], // 31 Feb does not exist: JS rolls over, as a calendar would say "early March"
  ])("reviewed %s every %s is due %s", (last, every, due) => {
    expect(reviewDueOn(last, every).toISOString().slice(0, 10)).toBe(due);
  });

  it("is overdue from the due day on, not before", () => {
    const fm = { last_reviewed: "2026-08-01", review_every: "90d" };
    expect(isReviewOverdue(fm, new Date("2026-10-29T23:59:59Z"))).toBe(false);
    expect(isReviewOverdue(fm, new Date("2026-10-30T00:00:00Z"))).toBe(true);
  });
});
