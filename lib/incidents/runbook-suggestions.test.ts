import { describe, expect, it } from "vitest";
import { checklistChanged, suggestRunbooks, type RunbookSummary } from "./runbook-suggestions";

const rb = (slug: string, services: string[], severities: string[]): RunbookSummary => ({
  slug,
  title: slug.replace(/-/g, " "),
  summary: "",
  services,
  severities,
  steps: [],
});
const BOOKS = [
  rb("database-outage", ["database"], ["P0", "P1"]),
  rb("high-error-rate", ["api", "web"], ["P1", "P2"]),
  rb("auth-outage", ["auth"], ["P0", "P1"]),
  rb("cosmetic", ["web"], ["P3"]),
  rb("runbook-template", ["api"], ["P1"]),
];

describe("suggesting runbooks for an incident", () => {
  it("puts runbooks about the incident's services before those only matching its severity", () => {
    const s = suggestRunbooks(BOOKS, { serviceSlugs: ["api"], severity: "P0" }, new Set());
    expect(s.map((x) => x.slug)).toEqual(["high-error-rate", "auth-outage", "database-outage"]);
    expect(s[0].why).toBe("about api");
    expect(s[1].why).toBe("for P0");
  });

  it("prefers the more specific of two equally matching runbooks", () => {
    const books = [rb("incident-process", ["api", "web", "auth", "database"], ["P1"]), rb("db-outage", ["database", "api"], ["P1"])];
    expect(suggestRunbooks(books, { serviceSlugs: ["database"], severity: "P1" }, new Set()).map((x) => x.slug)).toEqual([
      "db-outage",
      "incident-process",
    ]);
  });

  it("says both reasons when both match", () => {
    const [first] = suggestRunbooks(BOOKS, { serviceSlugs: ["database"], severity: "P1" }, new Set());
    expect(first).toMatchObject({ slug: "database-outage", why: "about database, for P1" });
  });

  it("never suggests the template or a runbook already attached", () => {
    const s = suggestRunbooks(BOOKS, { serviceSlugs: ["api", "web"], severity: "P1" }, new Set(["high-error-rate"]));
    expect(s.map((x) => x.slug)).not.toContain("runbook-template");
    expect(s.map((x) => x.slug)).not.toContain("high-error-rate");
  });

  it("suggests nothing when nothing matches, and at most `limit`", () => {
    expect(suggestRunbooks(BOOKS, { serviceSlugs: [], severity: "P9" }, new Set())).toEqual([]);
    expect(suggestRunbooks(BOOKS, { serviceSlugs: ["api", "web", "auth", "database"], severity: "P1" }, new Set(), 2)).toHaveLength(2);
  });
});

describe("noticing that an attached runbook changed", () => {
  it.each([
    [["a", "b"], ["a", "b"], false],
    [["a", "b"], ["a", "b", "c"], true],
    [["a", "b"], ["b", "a"], true],
    [["a", "b"], ["a", "B"], true],
    [["a"], null, true],
  ] as const)("%j then %j → changed %s", (attached, current, changed) => {
    expect(checklistChanged(attached, current)).toBe(changed);
  });
});
