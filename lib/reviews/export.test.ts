import { describe, expect, it } from "vitest";
import { reviewFileName, reviewToMarkdown, type ExportInput } from "./export";
import { emptySections, SECTIONS, type ActionItem, type ReviewDocument, type SectionContents } from "./model";
import { completeSections, INCIDENT } from "./test-fixtures";

const NAMES = {
  person: (id: string) => ({ "demo-marcus": "Marcus Chen", "demo-ana": "Ana Souza" })[id] ?? "Someone",
  service: (id: string) => (id.endsWith("a1") ? "API" : "Unknown service"),
};

const item = (fields: Partial<ActionItem>): ActionItem => ({
  id: "00000000-0000-4000-8000-00000000000" + (fields.title?.length ?? 0) % 10,
  review_id: "r",
  title: "Canary deploys for eu-west",
  owner_id: "demo-marcus",
  due_date: "2026-12-21",
  priority: "high",
  type: "prevent",
  status: "open",
  tracker_url: "https://tracker.example.com/BEACON-12",
  version: 1,
  created_at: "2026-11-24T09:00:00Z",
  created_by: "demo-ana",
  updated_at: "2026-11-24T09:00:00Z",
  updated_by: "demo-ana",
  closed_at: null,
  ...fields,
});

function doc(sections: SectionContents, items: ActionItem[] = [item({})], extra: Partial<ReviewDocument> = {}): ReviewDocument {
  return {
    id: "r",
    incident_id: INCIDENT.id,
    state: "published",
    created_at: "2026-11-24T08:00:00Z",
    created_by: "demo-ana",
    submitted_at: "2026-11-25T08:00:00Z",
    submitted_by: "demo-ana",
    published_at: "2026-11-25T10:00:00Z",
    published_by: "demo-ana",
    sections: Object.fromEntries(
      SECTIONS.map((s) => [s, { section: s, content: sections[s], version: 3, updated_at: "2026-11-25T08:00:00Z", updated_by: "demo-ana" }]),
    ) as ReviewDocument["sections"],
    action_items: items,
    ...extra,
  };
}

const exportOf = (input: Partial<ExportInput> & { review: ReviewDocument }) => reviewToMarkdown({ incident: INCIDENT, names: NAMES, ...input });

describe("the markdown follows the post-incident template", () => {
  const md = exportOf({ review: doc(completeSections("P1")) });

  it("sections in the template's order, each a heading", () => {
    const headings = md.split("\n").filter((l) => /^#{1,3} /.test(l));
    expect(headings).toEqual([
      "# INC-42: Checkout API returning 502s — post-incident review",
      "## Summary",
      "## Impact",
      "## Timeline",
      "## Root cause",
      "### Trigger",
      "### Root causes",
      "### Contributing factors",
      "### Five whys",
      "### Detection",
      "## Lessons learned",
      "### What went well",
      "### What went wrong",
      "### Where we got lucky",
      "## Action items",
    ]);
  });

  it("the header table: date in the incident's zone, severity, total duration, author, state", () => {
    expect(md).toContain("| Date | 23 Nov 2026, 15:00 CET |");
    expect(md).toContain("| Severity | P1 |");
    expect(md).toContain("| Duration | 1 h 5 min |");
    expect(md).toContain("| Author | Ana Souza |");
    expect(md).toContain("| State | Published 25 Nov 2026, 11:00 CET |");
  });

  it("each section's words", () => {
    const s = completeSections("P1");
    for (const text of [
      s.summary.text,
      s.impact.customer_impact,
      s.root_cause.trigger,
      s.root_cause.root_causes,
      s.lessons.went_well,
      s.lessons.went_wrong,
      s.lessons.lucky,
    ]) {
      expect(md).toContain(text);
    }
    expect(md).toContain("- **Deployment or release:** No canary for eu-west.");
    expect(md).toContain("1. Why? Health checks failed\n2. Why? The path moved");
    expect(md).toContain("How it was detected: Error-rate alert on checkout.");
  });

  it("impact facts and the computed durations", () => {
    expect(md).toContain("- Affected: 8% of requests");
    expect(md).toContain("- Services affected: API");
    expect(md).toContain("- SLA or SLO breached: Yes — Checkout availability SLO (99.9%) breached for November.");
    expect(md).toContain("- Severity: P1, confirmed");
    expect(md).toContain("| Time to detect | 8 min | Impact started → Detected |");
    expect(md).toContain("| Time to acknowledge | Add Declared and Acknowledged to the timeline | Declared → Acknowledged |");
    expect(md).toContain("| Total duration | 1 h 5 min | Impact started → Resolved |");
  });

  it("the timeline in UTC and in the incident's zone", () => {
    expect(md).toContain("| Time (UTC) | Time (Europe/Berlin) | What happened |");
    expect(md).toContain("| 23 Nov 2026, 14:08 UTC | 23 Nov 2026, 15:08 CET | Detected |");
  });

  it("action items with owner, due date, priority, type, status and ticket", () => {
    expect(md).toContain("| Action | Owner | Due | Priority | Type | Status | Ticket |");
    expect(md).toContain("| Canary deploys for eu-west | Marcus Chen | 2026-12-21 | High | Prevent | Open | <https://tracker.example.com/BEACON-12> |");
  });
});

describe("what people typed cannot break the document's tables", () => {
  it("pipes are escaped and line breaks flattened in table cells", () => {
    const s = completeSections("P1");
    s.timeline.entries[0].text = "Error | rate\nup";
    const md = exportOf({ review: doc(s, [item({ title: "Fix a|b" })]) });
    expect(md).toContain("| Impact started |".replace("Impact started", "Error \\| rate up"));
    expect(md).toContain("| Fix a\\|b |");
  });
});

describe("gaps show as gaps", () => {
  it("a blank draft: every section says it is not written yet, no durations", () => {
    const blank = emptySections();
    const md = exportOf({ review: doc(blank, [], { state: "draft", published_at: null }) });
    expect(md.match(/_Not written yet\._/g)?.length).toBe(12);
    expect(md).toContain("| Duration | Not known |");
    expect(md).toContain("| State | Draft |");
    expect(md).toContain("- Severity: P1, not confirmed yet");
    expect(md).toContain("- Affected: Not known");
    expect(md).toContain("- SLA or SLO breached: Not answered");
    expect(md).not.toContain("### Five whys");
  });

  it("no action needed, with its reason", () => {
    const s = completeSections("P3");
    s.action_items = { no_action_needed: true, no_action_reason: "Fixed upstream." };
    expect(exportOf({ review: doc(s, []), incident: { ...INCIDENT, severity: "P3" } })).toContain("No action needed: Fixed upstream.");
  });

  it("a drill says so", () => {
    expect(exportOf({ review: doc(completeSections()), incident: { ...INCIDENT, drill: true } })).toContain("> **Drill:** this incident was a drill");
  });
});

it("the file is named after the incident", () => {
  expect(reviewFileName(INCIDENT)).toBe("INC-42-post-incident-review.md");
});
