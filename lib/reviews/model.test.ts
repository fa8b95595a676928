import { describe, expect, it } from "vitest";
import { defaultDueDate, isOverdue, REVIEW_STEPS, SECTIONS, STEP_GUIDANCE, STEP_LABELS, todayIn } from "./model";

describe("steps", () => {
  it("the form's order, every step but publish stores a section", () => {
    expect(REVIEW_STEPS).toEqual([...SECTIONS, "publish"]);
    expect(REVIEW_STEPS.map((s) => STEP_LABELS[s])).toEqual([
      "Summary", "Timeline", "Impact", "Root cause", "Action items", "Lessons learned", "Review & publish",
    ]);
  });

  it("every step has short guidance (under 200 characters)", () => {
    for (const s of REVIEW_STEPS) expect(STEP_GUIDANCE[s].length).toBeLessThan(200);
  });
});

describe("default due date: four weeks for P0/P1, none otherwise", () => {
  it.each([
    ["P0", "2026-11-23", "2026-12-21"],
    ["P1", "2026-12-20", "2027-01-17"],
    ["P1", "2028-02-10", "2028-03-09"],
    ["P2", "2026-11-23", null],
    ["P3", "2026-11-23", null],
  ])("%s from %s: %s", (severity, today, due) => {
    expect(defaultDueDate(severity, today)).toBe(due);
  });
});

describe("overdue: unfinished and due before today", () => {
  it.each([
    ["open, due yesterday", { status: "open", due_date: "2026-11-22" }, true],
    ["in progress, due yesterday", { status: "in_progress", due_date: "2026-11-22" }, true],
    ["open, due today", { status: "open", due_date: "2026-11-23" }, false],
    ["open, no due date", { status: "open", due_date: null }, false],
    ["done, due last month", { status: "done", due_date: "2026-10-01" }, false],
    ["won't do, due last month", { status: "wont_do", due_date: "2026-10-01" }, false],
  ] as const)("%s: %s", (_name, item, overdue) => {
    expect(isOverdue(item, "2026-11-23")).toBe(overdue);
  });
});

describe("today on a wall clock", () => {
  it.each([
    ["UTC", "2026-11-23T23:30:00Z", "2026-11-23"],
    ["Asia/Tokyo", "2026-11-23T23:30:00Z", "2026-11-24"],
    ["America/Los_Angeles", "2026-11-23T05:00:00Z", "2026-11-22"],
  ])("%s at %s is %s", (zone, at, day) => {
    expect(todayIn(zone, new Date(at))).toBe(day);
  });
});
