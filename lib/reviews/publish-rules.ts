// What a review still needs before it can be published, for its incident's severity. The same
// rules, with the same words in the same order, are the database's last line
// (private.review_missing in supabase/migrations/*_create_reviews.sql); a test runs both on the
// same reviews and compares (tests/integration/reviews-publish.test.ts).
//
//   P0/P1: every section — summary, timeline, impact, root cause, action items (at least one),
//          lessons learned.
//   P2/P3: summary, impact, root cause, and at least one action item or an explicit
//          "no action needed" with a reason.
//   Always: the incident is resolved; every action item that is not "won't do" has an owner and a
//          due date.
//
// What "filled" means per section is fixed; the severity only decides which sections count.
// For the UI: missingForPublish(input) is the list the publish step shows (empty: ready);
// stepProgress(input) marks each step complete / incomplete / optional for the progress indicator.
import type { KeyTime } from "@/lib/incidents/model";
import { isMajor, type ActionItem, type ReviewStep, type Section, type SectionContents } from "./model";

export interface Missing {
  section: ReviewStep;
  message: string;
}

export interface PublishInput {
  /** The incident's severity now (a change made from the review is on the incident). */
  severity: string;
  incidentResolved: boolean;
  sections: SectionContents;
  /** In the order they were added (created_at, then id). */
  actionItems: readonly Pick<ActionItem, "title" | "owner_id" | "due_date" | "status">[];
}

const MAJOR_SECTIONS: readonly Section[] = ["summary", "timeline", "impact", "root_cause", "action_items", "lessons"];
const MINOR_SECTIONS: readonly Section[] = ["summary", "impact", "root_cause", "action_items"];

export function requiredSections(severity: string): readonly Section[] {
  return isMajor(severity) ? MAJOR_SECTIONS : MINOR_SECTIONS;
}

const filled = (s: string | null | undefined) => typeof s === "string" && /\S/.test(s);

type Check = (input: PublishInput) => string[];

const hasKeyTime = (input: PublishInput, key: KeyTime) =>
  input.sections.timeline.entries.some((e) => e.key === key && e.at !== null);

const CHECKS: Record<Section, Check> = {
  summary: ({ sections }) => (filled(sections.summary.text) ? [] : ["Write a summary"]),
  timeline: (input) => {
    const entries = input.sections.timeline.entries;
    if (entries.length === 0) return ["Add the timeline"];
    const out: string[] = [];
    const untimed = entries.filter((e) => e.at === null).length;
    const blank = entries.filter((e) => !filled(e.text)).length;
    if (untimed) out.push(`Give every timeline entry a time (${untimed} without)`);
    if (blank) out.push(`Describe every timeline entry (${blank} without words)`);
    if (!hasKeyTime(input, "started_at")) out.push("Add when the impact started to the timeline");
    if (!hasKeyTime(input, "resolved_at")) out.push("Add when it was resolved to the timeline");
    return out;
  },
  impact: ({ sections, severity }) => {
    const out: string[] = [];
    if (!filled(sections.impact.customer_impact)) out.push("Describe the customer impact");
    if (sections.impact.slo_breached === null) out.push("Say whether an SLA or SLO was breached");
    if (sections.impact.severity_confirmed !== severity) out.push(`Confirm the severity (the incident is ${severity})`);
    return out;
  },
  root_cause: ({ sections }) => {
    const out: string[] = [];
    if (!filled(sections.root_cause.trigger)) out.push("Name the trigger");
    if (!filled(sections.root_cause.root_causes)) out.push("Describe the root causes");
    if (!filled(sections.root_cause.detection_how)) out.push("Say how it was detected");
    return out;
  },
  action_items: ({ sections, severity, actionItems }) => {
    const out: string[] = [];
    if (actionItems.length === 0) {
      const { no_action_needed, no_action_reason } = sections.action_items;
      if (isMajor(severity)) out.push("Add at least one action item");
      else if (!(no_action_needed && filled(no_action_reason))) out.push("Add an action item, or say why no action is needed");
    }
    for (const item of actionItems) {
      if (item.status === "wont_do") continue;
      if (!item.owner_id) out.push(`"${item.title}" needs an owner`);
      if (!item.due_date) out.push(`"${item.title}" needs a due date`);
    }
    return out;
  },
  lessons: ({ sections }) => {
    const out: string[] = [];
    if (!filled(sections.lessons.went_well)) out.push("Say what went well");
    if (!filled(sections.lessons.went_wrong)) out.push("Say what went wrong");
    return out;
  },
};

/** Everything missing, step by step in form order; empty when the review may be published. */
export function missingForPublish(input: PublishInput): Missing[] {
  const out: Missing[] = [];
  if (!input.incidentResolved) out.push({ section: "publish", message: "The incident was reopened: resolve it before publishing" });
  const required = requiredSections(input.severity);
  for (const section of MAJOR_SECTIONS) {
    if (!required.includes(section)) continue;
    for (const message of CHECKS[section](input)) out.push({ section, message });
  }
  return out;
}

export type StepProgress = "complete" | "incomplete" | "optional";

/** Each step's mark for the progress indicator: optional steps for this severity say so. */
export function stepProgress(input: PublishInput): Record<ReviewStep, StepProgress> {
  const required = requiredSections(input.severity);
  const missing = missingForPublish(input);
  const mark = (section: Section): StepProgress => {
    if (missing.some((m) => m.section === section)) return "incomplete";
    if (required.includes(section)) return "complete";
    return CHECKS[section](input).length === 0 ? "complete" : "optional";
  };
  return {
    summary: mark("summary"),
    timeline: mark("timeline"),
    impact: mark("impact"),
    root_cause: mark("root_cause"),
    action_items: mark("action_items"),
    lessons: mark("lessons"),
    publish: missing.length === 0 ? "complete" : "incomplete",
  };
}
