// One zod schema per review section and per review mutation, shared by the form (per-step
// validation while typing) and the server actions (lib/reviews/actions.ts). These check what was
// typed — lengths, times, numbers, links; they never demand completeness, because autosave stores
// half-written drafts. What publishing needs is lib/reviews/publish-rules.ts.
//
// For the UI:
// - sectionSchemas[section].safeParse(content) validates one step; issue paths are relative to the
//   content ("entries.2.at", "contributing_factors.0.description").
// - saveSectionSchema wraps it for the save action; its field errors come back as "content.<path>".
// - parseAffectedAmount("8%") / affectedAmountSchema turn the one "users or requests affected"
//   text box into { kind, value }.
// - Timeline saves come back sorted (sortTimeline), so show entries in the order returned.
import { z } from "zod";
import { KEY_TIMES, type KeyTime } from "@/lib/incidents/model";
import { checkKeyTimes } from "@/lib/incidents/key-times";
import { isTimeZone } from "@/lib/time/zone";
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_TYPES,
  AFFECTED_WHO,
  FACTOR_CATEGORIES,
  FIVE_WHYS_MAX,
  type ActionStatus,
  type Section,
} from "./model";
import { sortTimeline } from "./timeline";

export const LIMITS = {
  shortText: 2_000,
  longText: 10_000,
  timelineEntries: 300,
  timelineText: 1_000,
  factors: 30,
  whyText: 1_000,
  services: 50,
  actionTitle: 200,
  trackerUrl: 2_000,
} as const;

const n = (x: number) => x.toLocaleString("en");
const text = (max: number, what: string) =>
  z.string({ error: `${what}: enter text` }).max(max, { error: `Keep ${what} under ${n(max)} characters` }).default("");
const reviewId = z.uuid({ error: "Unknown review" });
const itemId = z.uuid({ error: "Unknown action item" });
/** Ids of entries and factors: stable keys the form made up ("key:started_at", a random uuid…). */
const localId = z.string().min(1).max(64);

// ── Sections ───────────────────────────────────────────────────────────────────────────────────

export const summarySchema = z.object({ text: text(LIMITS.longText, "the summary") });

/** Any ISO instant with an offset, stored as UTC ("…Z") so entries sort as text and as time. */
const instant = z
  .iso.datetime({ offset: true, error: "Enter a date and time" })
  .transform((v) => new Date(v).toISOString());

export const timelineEntrySchema = z.object({
  id: localId,
  at: instant.nullable().default(null),
  text: text(LIMITS.timelineText, "an entry"),
  key: z.enum(KEY_TIMES).nullable().default(null),
  source: z.enum(["key_time", "event", "person"]).default("person"),
  event_id: z.number().int().positive().nullable().default(null),
});

// No "future" check on a review's times: the incident is over, and a client clock ahead of the
// server's must not block a save. Only the order rules.
const FAR_FUTURE = new Date(8.64e15);

export const timelineSchema = z
  .object({
    time_zone: z.string().refine(isTimeZone, { error: "Pick a time zone from the list" }).default("UTC"),
    entries: z
      .array(timelineEntrySchema)
      .max(LIMITS.timelineEntries, { error: `Keep the timeline under ${LIMITS.timelineEntries} entries` })
      .default([]),
  })
  .superRefine((t, ctx) => {
    const seenIds = new Set<string>();
    const keyIndex = new Map<KeyTime, number>();
    t.entries.forEach((e, i) => {
      if (seenIds.has(e.id)) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], message: "Two entries share an id" });
      seenIds.add(e.id);
      if (!e.key) return;
      if (keyIndex.has(e.key)) {
        ctx.addIssue({ code: "custom", path: ["entries", i, "key"], message: "The timeline already has this key time" });
      } else keyIndex.set(e.key, i);
    });
    // Key times keep the incident's order (detected not before started…), so no duration is
    // negative. Messages tell times in the timeline's zone.
    const times = Object.fromEntries([...keyIndex].map(([k, i]) => [k, t.entries[i].at]));
    for (const [key, message] of Object.entries(checkKeyTimes(times, FAR_FUTURE, t.time_zone))) {
      ctx.addIssue({ code: "custom", path: ["entries", keyIndex.get(key as KeyTime)!, "at"], message });
    }
  })
  .transform((t) => ({ ...t, entries: sortTimeline(t.entries) }));

const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%)?$/;

/**
 * "1200", "1,200", "8%", "0.5 %" → { kind, value }; null when it is neither a number nor a
 * percentage. Whole numbers only for counts (half a user is a typo).
 */
export function parseAffectedAmount(input: string): { kind: "number" | "percent"; value: number } | null {
  const m = AMOUNT.exec(input.trim());
  if (!m) return null;
  const value = Number(`${m[1].replaceAll(",", "")}${m[2] ? `.${m[2]}` : ""}`);
  if (m[3]) return value <= 100 ? { kind: "percent", value } : null;
  return m[2] ? null : { kind: "number", value };
}

export const AFFECTED_AMOUNT_MESSAGE = "Enter a number (1200) or a percentage (8%)";
/** The text box for users or requests affected. */
export const affectedAmountSchema = z.string().transform((v, ctx) => {
  const parsed = parseAffectedAmount(v);
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: AFFECTED_AMOUNT_MESSAGE });
    return z.NEVER;
  }
  return parsed;
});

export const affectedSchema = z
  .object({
    who: z.enum(AFFECTED_WHO, { error: "Pick users or requests" }),
    kind: z.enum(["number", "percent"]),
    value: z.number({ error: AFFECTED_AMOUNT_MESSAGE }).finite().min(0, { error: AFFECTED_AMOUNT_MESSAGE }),
  })
  .superRefine((a, ctx) => {
    if (a.kind === "percent" && a.value > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "A percentage is at most 100%" });
    }
    if (a.kind === "number" && !Number.isInteger(a.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Count whole users or requests" });
    }
  });

export const impactSchema = z.object({
  customer_impact: text(LIMITS.longText, "the customer impact"),
  affected: affectedSchema.nullable().default(null),
  service_ids: z
    .array(z.uuid({ error: "Pick services from the list" }))
    .max(LIMITS.services, { error: `Pick at most ${LIMITS.services} services` })
    .default([])
    .transform((ids) => [...new Set(ids)]),
  slo_breached: z.boolean().nullable().default(null),
  slo_details: text(LIMITS.shortText, "the SLA or SLO details"),
  severity_confirmed: z
    .string()
    .regex(/^P[0-9]$/, { error: "Pick a severity from the list" })
    .nullable()
    .default(null),
});

export const contributingFactorSchema = z.object({
  id: localId,
  category: z.enum(FACTOR_CATEGORIES, { error: "Pick a category" }),
  description: text(LIMITS.shortText, "a factor"),
});

export const rootCauseSchema = z.object({
  trigger: text(LIMITS.shortText, "the trigger"),
  root_causes: text(LIMITS.longText, "the root causes"),
  contributing_factors: z
    .array(contributingFactorSchema)
    .max(LIMITS.factors, { error: `Keep it under ${LIMITS.factors} contributing factors` })
    .default([]),
  five_whys: z
    .array(z.string().max(LIMITS.whyText, { error: `Keep each answer under ${n(LIMITS.whyText)} characters` }))
    .max(FIVE_WHYS_MAX, { error: `Five whys at most` })
    .default([]),
  detection_how: text(LIMITS.shortText, "how it was detected"),
  detection_sooner: text(LIMITS.shortText, "how it could have been detected sooner"),
});

export const actionItemsSectionSchema = z.object({
  no_action_needed: z.boolean().default(false),
  no_action_reason: text(LIMITS.shortText, "the reason"),
});

export const lessonsSchema = z.object({
  went_well: text(LIMITS.longText, "what went well"),
  went_wrong: text(LIMITS.longText, "what went wrong"),
  lucky: text(LIMITS.longText, "where we got lucky"),
});

export const sectionSchemas = {
  summary: summarySchema,
  timeline: timelineSchema,
  impact: impactSchema,
  root_cause: rootCauseSchema,
  action_items: actionItemsSectionSchema,
  lessons: lessonsSchema,
} as const satisfies Record<Section, z.ZodType>;

// ── Mutations ──────────────────────────────────────────────────────────────────────────────────

export const startReviewSchema = z.object({ incident_id: z.uuid({ error: "Unknown incident" }) });
export const reviewIdSchema = z.object({ review_id: reviewId });

const saveOf = <S extends Section>(section: S) =>
  z.object({
    review_id: reviewId,
    section: z.literal(section),
    version: z.number().int().min(1),
    content: sectionSchemas[section],
  });

/** One section's save: the version it was typed against, and the whole content of the section. */
export const saveSectionSchema = z.discriminatedUnion("section", [
  saveOf("summary"),
  saveOf("timeline"),
  saveOf("impact"),
  saveOf("root_cause"),
  saveOf("action_items"),
  saveOf("lessons"),
]);
export type SaveSectionInput = z.input<typeof saveSectionSchema>;

const optionalPerson = z
  .union([z.string().min(1).max(200, { error: "Pick a person from the list" }), z.literal(""), z.null()])
  .transform((v) => (v ? v : null));
const optionalDate = z
  .union([z.iso.date({ error: "Enter a date" }), z.literal(""), z.null()])
  .transform((v) => (v ? v : null));
const trackerUrl = z
  .union([
    z
      .url({ protocol: /^https?$/, error: "Link to the tracker with an http:// or https:// address" })
      .max(LIMITS.trackerUrl, { error: `Keep the link under ${n(LIMITS.trackerUrl)} characters` }),
    z.literal(""),
    z.null(),
  ])
  .transform((v) => (v ? v : null));

export const actionItemFieldsSchema = z.object({
  title: z
    .string({ error: "Say what will be done" })
    .trim()
    .min(1, { error: "Say what will be done" })
    .max(LIMITS.actionTitle, { error: `Keep the title under ${LIMITS.actionTitle} characters` }),
  owner_id: optionalPerson,
  due_date: optionalDate,
  priority: z.enum(ACTION_PRIORITIES, { error: "Pick a priority" }),
  type: z.enum(ACTION_TYPES, { error: "Pick a type" }),
  status: z.enum(ACTION_STATUSES, { error: "Pick a status" }),
  tracker_url: trackerUrl,
});
export type ActionItemFields = z.output<typeof actionItemFieldsSchema>;

/** A new item. Left out, due_date defaults by severity (defaultDueDate, from the adder's today); the rest as below. */
export const addActionItemSchema = actionItemFieldsSchema.extend({
  review_id: reviewId,
  owner_id: optionalPerson.default(null),
  due_date: optionalDate.optional(),
  priority: actionItemFieldsSchema.shape.priority.default("medium"),
  type: actionItemFieldsSchema.shape.type.default("prevent"),
  status: actionItemFieldsSchema.shape.status.default("open"),
  tracker_url: trackerUrl.default(null),
});
export type AddActionItemInput = z.input<typeof addActionItemSchema>;

export const editActionItemSchema = z.object({
  id: itemId,
  version: z.number().int().min(1),
  changes: actionItemFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, { error: "Nothing to save" }),
});
export type EditActionItemInput = z.input<typeof editActionItemSchema>;

export const setActionItemStatusSchema = z.object({ id: itemId, status: actionItemFieldsSchema.shape.status });
export const removeActionItemSchema = z.object({ id: itemId, version: z.number().int().min(1) });

/** What listActionItems is asked for; lib/reviews/list-filters.ts reads it from the URL (never parsed twice). */
export interface ActionItemFilters {
  owner?: string;
  status?: ActionStatus[];
  service?: string;
}
