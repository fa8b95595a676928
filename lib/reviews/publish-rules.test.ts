import { describe, expect, it } from "vitest";
import type { SectionContents } from "./model";
import { missingForPublish, requiredSections, stepProgress, type PublishInput } from "./publish-rules";
import { completeSections, OWNED_ITEM, type ItemFixture } from "./test-fixtures";

function input(severity: string, change: (s: SectionContents) => void = () => {}, items: ItemFixture[] = [OWNED_ITEM]): PublishInput {
  const sections = completeSections(severity);
  change(sections);
  return { severity, incidentResolved: true, sections, actionItems: items };
}

describe("which sections a severity demands", () => {
  it.each([
    ["P0", ["summary", "timeline", "impact", "root_cause", "action_items", "lessons"]],
    ["P1", ["summary", "timeline", "impact", "root_cause", "action_items", "lessons"]],
    ["P2", ["summary", "impact", "root_cause", "action_items"]],
    ["P3", ["summary", "impact", "root_cause", "action_items"]],
  ])("%s: %j", (severity, sections) => {
    expect(requiredSections(severity)).toEqual(sections);
  });
});

describe("a complete review may be published", () => {
  it.each(["P0", "P1", "P2", "P3"])("%s with every section and one owned, dated item: nothing missing", (severity) => {
    expect(missingForPublish(input(severity))).toEqual([]);
  });
});

describe("each section's rule, by severity", () => {
  const blank = (f: (s: SectionContents) => void) => f;
  it.each([
    ["summary is blank (spaces only)", "P3", blank((s) => (s.summary.text = "  \n ")), [{ section: "summary", message: "Write a summary" }]],
    ["customer impact is blank", "P2", blank((s) => (s.impact.customer_impact = "")), [{ section: "impact", message: "Describe the customer impact" }]],
    ["SLA/SLO not answered", "P2", blank((s) => (s.impact.slo_breached = null)), [{ section: "impact", message: "Say whether an SLA or SLO was breached" }]],
    ["SLA/SLO answered no counts", "P2", blank((s) => (s.impact.slo_breached = false)), []],
    ["severity never confirmed", "P2", blank((s) => (s.impact.severity_confirmed = null)), [{ section: "impact", message: "Confirm the severity (the incident is P2)" }]],
    ["severity confirmed before it changed", "P1", blank((s) => (s.impact.severity_confirmed = "P2")), [{ section: "impact", message: "Confirm the severity (the incident is P1)" }]],
    ["trigger blank", "P3", blank((s) => (s.root_cause.trigger = "")), [{ section: "root_cause", message: "Name the trigger" }]],
    ["root causes blank", "P3", blank((s) => (s.root_cause.root_causes = "")), [{ section: "root_cause", message: "Describe the root causes" }]],
    ["detection blank", "P3", blank((s) => (s.root_cause.detection_how = "")), [{ section: "root_cause", message: "Say how it was detected" }]],
    ["contributing factors and five whys are optional", "P0", blank((s) => Object.assign(s.root_cause, { contributing_factors: [], five_whys: [], detection_sooner: "" })), []],
    ["P2: timeline empty is fine", "P2", blank((s) => (s.timeline.entries = [])), []],
    ["P1: timeline empty", "P1", blank((s) => (s.timeline.entries = [])), [{ section: "timeline", message: "Add the timeline" }]],
    [
      "P1: an entry without a time, one without words",
      "P1",
      blank((s) => s.timeline.entries.push({ id: "x", at: null, text: " ", key: null, source: "person", event_id: null })),
      [
        { section: "timeline", message: "Give every timeline entry a time (1 without)" },
        { section: "timeline", message: "Describe every timeline entry (1 without words)" },
      ],
    ],
    [
      "P0: no 'impact started' nor 'resolved' entries",
      "P0",
      blank((s) => (s.timeline.entries = s.timeline.entries.filter((e) => e.key === "detected_at"))),
      [
        { section: "timeline", message: "Add when the impact started to the timeline" },
        { section: "timeline", message: "Add when it was resolved to the timeline" },
      ],
    ],
    [
      "P0: the 'resolved' entry without a time does not count",
      "P0",
      blank((s) => (s.timeline.entries[2].at = null)),
      [
        { section: "timeline", message: "Give every timeline entry a time (1 without)" },
        { section: "timeline", message: "Add when it was resolved to the timeline" },
      ],
    ],
    ["P1: lessons blank", "P1", blank((s) => Object.assign(s.lessons, { went_well: "", went_wrong: "", lucky: "" })), [
      { section: "lessons", message: "Say what went well" },
      { section: "lessons", message: "Say what went wrong" },
    ]],
    ["P3: lessons blank is fine", "P3", blank((s) => Object.assign(s.lessons, { went_well: "", went_wrong: "" })), []],
    ["P1: where we got lucky is optional", "P1", blank((s) => (s.lessons.lucky = "")), []],
  ] as const)("%s (%s)", (_name, severity, change, expected) => {
    expect(missingForPublish(input(severity, change))).toEqual(expected);
  });
});

describe("action items", () => {
  const noAction = (reason: string) => (s: SectionContents) => (s.action_items = { no_action_needed: true, no_action_reason: reason });
  it.each([
    ["P0, none", "P0", () => {}, [], [{ section: "action_items", message: "Add at least one action item" }]],
    ["P1, none, even with 'no action needed'", "P1", noAction("Nothing to change"), [], [{ section: "action_items", message: "Add at least one action item" }]],
    ["P2, none", "P2", () => {}, [], [{ section: "action_items", message: "Add an action item, or say why no action is needed" }]],
    ["P2, 'no action needed' with a reason", "P2", noAction("A one-off provider outage, already fixed upstream."), [], []],
    ["P3, 'no action needed' without a reason", "P3", noAction("   "), [], [{ section: "action_items", message: "Add an action item, or say why no action is needed" }]],
    [
      "any severity: each item not 'won't do' needs an owner and a due date, item by item",
      "P3",
      () => {},
      [
        { title: "Alert on 503s", owner_id: null, due_date: null, status: "open" },
        { title: "Old idea", owner_id: null, due_date: null, status: "wont_do" },
        { title: "Runbook step", owner_id: "demo-ana", due_date: null, status: "done" },
      ],
      [
        { section: "action_items", message: '"Alert on 503s" needs an owner' },
        { section: "action_items", message: '"Alert on 503s" needs a due date' },
        { section: "action_items", message: '"Runbook step" needs a due date' },
      ],
    ],
    ["a won't-do item alone counts as an item", "P1", () => {}, [{ title: "Dropped", owner_id: null, due_date: null, status: "wont_do" }], []],
  ] as const)("%s", (_name, severity, change, items, expected) => {
    expect(missingForPublish(input(severity, change, [...items]))).toEqual(expected);
  });
});

describe("the incident", () => {
  it("reopened: publishing waits, listed first", () => {
    const i = { ...input("P2", (s) => (s.summary.text = "")), incidentResolved: false };
    expect(missingForPublish(i)).toEqual([
      { section: "publish", message: "The incident was reopened: resolve it before publishing" },
      { section: "summary", message: "Write a summary" },
    ]);
  });
});

describe("missing items come in form order", () => {
  it("summary, timeline, impact, root cause, action items, lessons", () => {
    const sections = completeSections("P0");
    sections.summary.text = "";
    sections.lessons.went_well = "";
    sections.root_cause.trigger = "";
    sections.timeline.entries = [];
    sections.impact.customer_impact = "";
    const order = missingForPublish({ severity: "P0", incidentResolved: true, sections, actionItems: [] }).map((m) => m.section);
    expect(order).toEqual(["summary", "timeline", "impact", "root_cause", "action_items", "lessons"]);
  });
});

describe("step progress", () => {
  it("P2: a blank timeline and lessons are optional; filled ones complete; the missing impact is incomplete", () => {
    const i = input("P2", (s) => {
      s.timeline.entries = [];
      s.lessons = { went_well: "", went_wrong: "", lucky: "" };
      s.impact.customer_impact = "";
    });
    expect(stepProgress(i)).toEqual({
      summary: "complete",
      timeline: "optional",
      impact: "incomplete",
      root_cause: "complete",
      action_items: "complete",
      lessons: "optional",
      publish: "incomplete",
    });
  });

  it("P0 complete: every step complete", () => {
    expect(Object.values(stepProgress(input("P0")))).toEqual(Array(7).fill("complete"));
  });
});
