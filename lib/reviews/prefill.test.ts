import { describe, expect, it } from "vitest";
import { emptySection, SECTIONS } from "./model";
import { prefillSections } from "./prefill";
import { sectionSchemas } from "./schema";
import { INCIDENT } from "./test-fixtures";

describe("a new review starts from what the incident knows", () => {
  const s = prefillSections(INCIDENT, [], "Europe/Berlin");

  it("summary: the incident's summary as a first draft", () => {
    expect(s.summary).toEqual({ text: "Some EU checkouts failed." });
  });

  it("timeline: the key times, in the incident's zone", () => {
    expect(s.timeline.time_zone).toBe("Europe/Berlin");
    expect(s.timeline.entries.map((e) => e.key)).toEqual(["started_at", "detected_at", "declared_at", "acknowledged_at", "mitigated_at", "resolved_at"]);
  });

  it("impact: the incident's services; severity left for the team to confirm", () => {
    expect(s.impact).toEqual({ ...emptySection("impact"), service_ids: INCIDENT.service_ids });
  });

  it("root cause, action items and lessons start blank", () => {
    expect([s.root_cause, s.action_items, s.lessons]).toEqual([emptySection("root_cause"), emptySection("action_items"), emptySection("lessons")]);
  });

  it.each(SECTIONS)("%s passes its own schema unchanged (so the database's shape check too)", (section) => {
    expect(sectionSchemas[section].parse(s[section])).toEqual(s[section]);
  });

  it("a summary longer than a review's is cut to fit", () => {
    expect(prefillSections({ ...INCIDENT, summary: "x".repeat(20_000) }, [], "UTC").summary.text).toHaveLength(10_000);
  });
});
