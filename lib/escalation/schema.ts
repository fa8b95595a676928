// The escalation forms' zod schemas, shared by the client forms and their server actions. The
// database (save_escalation_policy, constraints, RLS) checks the same again as the last line.
import { z } from "zod";

export const TARGET_KINDS = ["rotation_primary", "rotation_secondary", "person", "group"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const MAX_LEVELS = 20;
export const MAX_WAIT_MINUTES = 10080; // a week
export const MAX_REPEATS = 10;

/** What each kind of level pages, in the words the form uses. */
export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  rotation_primary: "A rotation's primary on call",
  rotation_secondary: "A rotation's secondary on call",
  person: "A named person",
  group: "A group",
};

// Ids the database makes are UUIDs; checked loosely (any version), the database has the last word.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (message: string) => z.string({ error: message }).trim().regex(UUID, { error: message });
const pick = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

// Forms send text; "" becomes 0, which is a fine wait ("page the next level at once").
const wholeNumber = (label: string, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a number` })
    .int({ error: `Enter ${label} as a whole number` })
    .min(0, { error: `${label[0].toUpperCase()}${label.slice(1)} cannot be negative` })
    .max(max, { error: `${label[0].toUpperCase()}${label.slice(1)} can be at most ${max}` });

const timing = {
  waitMinutes: wholeNumber("the minutes to wait", MAX_WAIT_MINUTES),
  repeatCount: wholeNumber("the repeat count", MAX_REPEATS),
};

const ROTATION = "Pick the rotation this level pages";

export const levelSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("rotation_primary"), target: uuid(ROTATION), ...timing }),
    z.object({ kind: z.literal("rotation_secondary"), target: uuid(ROTATION), ...timing }),
    z.object({ kind: z.literal("person"), target: pick("Pick the person this level pages"), ...timing }),
    z.object({ kind: z.literal("group"), target: uuid("Pick the group this level pages"), ...timing }),
  ],
  { error: "Pick what this level pages" },
);
export type LevelInput = z.input<typeof levelSchema>;

export const policySchema = z.object({
  /** null: a new policy for serviceId and severity. */
  policyId: uuid("This policy cannot be found; reload the page").nullable(),
  serviceId: uuid("Pick a service"),
  /** "" is the policy for every severity without one of its own. */
  severity: z
    .string()
    .trim()
    .regex(/^(P[0-9])?$/, { error: "Pick a severity from the list" }),
  levels: z
    .array(levelSchema)
    .min(1, { error: "Add at least one level" })
    .max(MAX_LEVELS, { error: `A policy has at most ${MAX_LEVELS} levels` }),
});
export type PolicyInput = z.input<typeof policySchema>;

export const deletePolicySchema = z.object({ policyId: uuid("This policy cannot be found; reload the page") });

export const groupSchema = z.object({
  groupId: uuid("This group cannot be found; reload the page").nullable(),
  name: z.string().trim().min(1, { error: "Give the group a name" }).max(80, { error: "A group name can be at most 80 characters" }),
  description: z.string().trim().max(500, { error: "Keep the description under 500 characters" }),
  memberIds: z
    .array(pick("Pick a person"))
    .min(1, { error: "Pick at least one member: a group without members pages nobody" })
    .max(200, { error: "A group can have at most 200 members" }),
});
export type GroupInput = z.input<typeof groupSchema>;

export const deleteGroupSchema = z.object({ groupId: uuid("This group cannot be found; reload the page") });

/** The levels as save_escalation_policy takes them: one target column per kind. */
export function levelsForDb(levels: z.output<typeof levelSchema>[]) {
  return levels.map((l) => ({
    target_kind: l.kind,
    target_rotation_id: l.kind === "rotation_primary" || l.kind === "rotation_secondary" ? l.target : null,
    target_person_id: l.kind === "person" ? l.target : null,
    target_group_id: l.kind === "group" ? l.target : null,
    wait_minutes: l.waitMinutes,
    repeat_count: l.repeatCount,
  }));
}
