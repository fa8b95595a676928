// Post-incident reviews: the steps of the guided form, the words people see for them, and the shape
// each section's content has in the database (supabase/migrations/*_create_reviews.sql, table
// review_sections, one jsonb row per section). No I/O here.
//
// For the UI:
// - REVIEW_STEPS is the order of the form; SECTIONS are the steps that store content (every step
//   but "publish"). STEP_LABELS / STEP_GUIDANCE are the heading and the short blameless hint.
// - Each section's content type is SectionContent<S>; emptySection(s) is a blank one. The server
//   always returns all six sections (start_review creates them together).
// - Action items are rows of their own (ActionItem), not section content; the "action_items"
//   section only holds the "no action needed" choice and its reason.
import type { KeyTime } from "@/lib/incidents/model";
import { wallTimeAt } from "@/lib/oncall/zoned-time";

export const REVIEW_STEPS = ["summary", "timeline", "impact", "root_cause", "action_items", "lessons", "publish"] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/** The steps whose content is saved (one row each, versioned on its own). */
export const SECTIONS = ["summary", "timeline", "impact", "root_cause", "action_items", "lessons"] as const;
export type Section = (typeof SECTIONS)[number];

export const STEP_LABELS: Record<ReviewStep, string> = {
  summary: "Summary",
  timeline: "Timeline",
  impact: "Impact",
  root_cause: "Root cause",
  action_items: "Action items",
  lessons: "Lessons learned",
  publish: "Review & publish",
};

/** One or two sentences under each heading. Blameless: systems and decisions, not people. */
export const STEP_GUIDANCE: Record<ReviewStep, string> = {
  summary:
    "Three sentences anyone in the company can follow: what broke, who noticed, how it was fixed. Describe what the system did, not who did what.",
  timeline:
    "What happened and when, from the first sign of trouble to resolution. Pre-filled from the incident; fix gaps and add what the chat and deploy history tell you.",
  impact:
    "Who could not do what, and for how long. The durations are computed from the timeline — correct the timeline to change them.",
  root_cause:
    "Ask what made the failure possible and what made it likely. Expect several contributing factors; a single root cause is rarely the whole story.",
  action_items:
    "A few concrete changes, each with one owner and a due date. Prefer \"Alert when /api/health is 503 for 2 minutes\" over \"Improve monitoring\".",
  lessons:
    "What helped, what got in the way, and where luck rather than design saved us. People acted on what they knew at the time.",
  publish: "Check what is still missing, then publish. A published review is read-only, except action item status.",
};

export const REVIEW_STATES = ["draft", "in_review", "published"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
};

// ── Section content ────────────────────────────────────────────────────────────────────────────

export interface SummaryContent {
  text: string;
}

/** Where a timeline entry came from: an incident key time, an incident event, or a person. */
export type TimelineSource = "key_time" | "event" | "person";

export interface TimelineEntry {
  /** Stable across edits: "key:<key time>", "event:<event id>", or a random id for added ones. */
  id: string;
  /** ISO instant (UTC). Null while a person has typed the text but not the time yet. */
  at: string | null;
  text: string;
  /** Set on the entries that stand for an incident key time; the durations count between them. */
  key: KeyTime | null;
  source: TimelineSource;
  /** The incident event it was pre-filled from, if any. */
  event_id: number | null;
}

export interface TimelineContent {
  /** The incident's time zone (its commander's, else whoever started the review); shown with UTC. */
  time_zone: string;
  entries: TimelineEntry[];
}

export const AFFECTED_WHO = ["users", "requests"] as const;
export type AffectedWho = (typeof AFFECTED_WHO)[number];

/** "1,200 users" or "8% of requests". */
export interface Affected {
  who: AffectedWho;
  kind: "number" | "percent";
  value: number;
}

export interface ImpactContent {
  customer_impact: string;
  affected: Affected | null;
  service_ids: string[];
  /** null: not answered yet. */
  slo_breached: boolean | null;
  slo_details: string;
  /** The severity the team confirmed; a change is made on the incident itself (editIncident). */
  severity_confirmed: string | null;
}

export const FACTOR_CATEGORIES = [
  "code",
  "configuration",
  "deployment",
  "infrastructure",
  "capacity",
  "third_party",
  "monitoring",
  "process",
  "documentation",
  "other",
] as const;
export type FactorCategory = (typeof FACTOR_CATEGORIES)[number];
export const FACTOR_CATEGORY_LABELS: Record<FactorCategory, string> = {
  code: "Code change",
  configuration: "Configuration",
  deployment: "Deployment or release",
  infrastructure: "Infrastructure",
  capacity: "Capacity or load",
  third_party: "Third-party service",
  monitoring: "Monitoring or alerting",
  process: "Process or communication",
  documentation: "Runbook or documentation",
  other: "Other",
};

export interface ContributingFactor {
  id: string;
  category: FactorCategory;
  description: string;
}

export const FIVE_WHYS_MAX = 5;

export interface RootCauseContent {
  trigger: string;
  root_causes: string;
  contributing_factors: ContributingFactor[];
  /** Answers to "why?", each asking why of the one before (the first: why of the trigger). */
  five_whys: string[];
  detection_how: string;
  detection_sooner: string;
}

export interface ActionItemsContent {
  /** P2/P3 only: an explicit "no action needed", with its reason, instead of action items. */
  no_action_needed: boolean;
  no_action_reason: string;
}

export interface LessonsContent {
  went_well: string;
  went_wrong: string;
  lucky: string;
}

export interface SectionContents {
  summary: SummaryContent;
  timeline: TimelineContent;
  impact: ImpactContent;
  root_cause: RootCauseContent;
  action_items: ActionItemsContent;
  lessons: LessonsContent;
}
export type SectionContent<S extends Section> = SectionContents[S];

export function emptySection<S extends Section>(section: S): SectionContent<S> {
  const empty: SectionContents = {
    summary: { text: "" },
    timeline: { time_zone: "UTC", entries: [] },
    impact: {
      customer_impact: "",
      affected: null,
      service_ids: [],
      slo_breached: null,
      slo_details: "",
      severity_confirmed: null,
    },
    root_cause: {
      trigger: "",
      root_causes: "",
      contributing_factors: [],
      five_whys: [],
      detection_how: "",
      detection_sooner: "",
    },
    action_items: { no_action_needed: false, no_action_reason: "" },
    lessons: { went_well: "", went_wrong: "", lucky: "" },
  };
  return empty[section];
}

/** Every section blank. */
export function emptySections(): SectionContents {
  return {
    summary: emptySection("summary"),
    timeline: emptySection("timeline"),
    impact: emptySection("impact"),
    root_cause: emptySection("root_cause"),
    action_items: emptySection("action_items"),
    lessons: emptySection("lessons"),
  };
}

/** One saved section as the database returns it. */
export interface SectionRecord<S extends Section = Section> {
  section: S;
  content: SectionContent<S>;
  /** Send it back with the next save; a save from an older version is refused (a conflict). */
  version: number;
  updated_at: string;
  updated_by: string | null;
}

// ── Action items ───────────────────────────────────────────────────────────────────────────────

export const ACTION_TYPES = ["prevent", "detect", "mitigate", "process"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  prevent: "Prevent",
  detect: "Detect",
  mitigate: "Mitigate",
  process: "Process",
};

export const ACTION_STATUSES = ["open", "in_progress", "done", "wont_do"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  wont_do: "Won't do",
};
/** Statuses that still need work: counted as open items, and overdue once past their due date. */
export const UNFINISHED_STATUSES: readonly ActionStatus[] = ["open", "in_progress"];

export const ACTION_PRIORITIES = ["high", "medium", "low"] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export interface ActionItem {
  id: string;
  review_id: string;
  title: string;
  owner_id: string | null;
  /** YYYY-MM-DD. */
  due_date: string | null;
  priority: ActionPriority;
  type: ActionType;
  status: ActionStatus;
  tracker_url: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
  /** When it became done or won't do; null while unfinished. */
  closed_at: string | null;
}
export const ACTION_ITEM_COLUMNS =
  "id,review_id,title,owner_id,due_date,priority,type,status,tracker_url,version,created_at,created_by,updated_at,updated_by,closed_at";

/** Severities whose reviews require every section, and whose action items are due within four weeks. */
export const MAJOR_SEVERITIES: readonly string[] = ["P0", "P1"];
export const isMajor = (severity: string) => MAJOR_SEVERITIES.includes(severity);
export const MAJOR_DUE_DAYS = 28;

/** The calendar date (YYYY-MM-DD) on a wall clock in `timeZone`: what "overdue" and due dates count from. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const w = wallTimeAt(timeZone, now);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/**
 * The due date a new action item starts with: four weeks from `today` (YYYY-MM-DD in the viewer's
 * zone) for P0/P1 reviews, none otherwise.
 */
export function defaultDueDate(severity: string, today: string): string | null {
  if (!isMajor(severity)) return null;
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + MAJOR_DUE_DAYS)).toISOString().slice(0, 10);
}

/** Unfinished and past its due date on `today` (YYYY-MM-DD). Due today is not overdue yet. */
export function isOverdue(item: Pick<ActionItem, "status" | "due_date">, today: string): boolean {
  return UNFINISHED_STATUSES.includes(item.status) && item.due_date !== null && item.due_date < today;
}

// ── The review ─────────────────────────────────────────────────────────────────────────────────

/** What a review needs to know about its incident. */
export interface ReviewIncident {
  id: string;
  number: number;
  title: string;
  summary: string;
  severity: string;
  status: "investigating" | "identified" | "monitoring" | "resolved";
  drill: boolean;
  service_ids: string[];
  commander_id: string | null;
  declared_by: string | null;
  acknowledged_by: string | null;
  started_at: string;
  detected_at: string;
  declared_at: string;
  acknowledged_at: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
  /** For a severity change made from the review (editIncident needs it). */
  version: number;
}
export const REVIEW_INCIDENT_COLUMNS =
  "id,number,title,summary,severity,status,drill,service_ids,commander_id,declared_by,acknowledged_by," +
  "started_at,detected_at,declared_at,acknowledged_at,mitigated_at,resolved_at,version";

export interface Review {
  id: string;
  incident_id: string;
  state: ReviewState;
  created_at: string;
  created_by: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  published_at: string | null;
  published_by: string | null;
}
export const REVIEW_COLUMNS = "id,incident_id,state,created_at,created_by,submitted_at,submitted_by,published_at,published_by";

/** A review with everything the form shows. */
export interface ReviewDocument extends Review {
  sections: { [S in Section]: SectionRecord<S> };
  action_items: ActionItem[];
}
