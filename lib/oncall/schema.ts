// One zod schema per form, shared by the rotation and override forms and their server actions.
// The rotation math (rotation.ts) throws on a config these schemas refuse, so check first.
import { z } from "zod";
import { isTimeZone } from "@/lib/time/zone";
import { dayNumberOf } from "./zoned-time";

export const SHIFT_UNITS = ["hours", "days", "weeks"] as const;
const MAX_SHIFT_COUNT = 1000;

export const shiftLengthSchema = z.object({
  unit: z.enum(SHIFT_UNITS, { error: "Pick hours, days or weeks" }),
  // Forms send text; "" becomes 0 and gets the "at least 1" message.
  count: z.coerce
    .number({ error: "Enter the shift length as a number" })
    .int({ error: "Enter a whole number of hours, days or weeks" })
    .min(1, { error: "A shift must last at least 1 hour, day or week" })
    .max(MAX_SHIFT_COUNT, { error: `A shift can last at most ${MAX_SHIFT_COUNT} hours, days or weeks` }),
});

export const rotationSchema = z.object({
  timeZone: z.string().trim().refine(isTimeZone, { error: "Pick a time zone from the list (e.g. Europe/London)" }),
  shiftLength: shiftLengthSchema,
  handoffTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a handoff time from 00:00 to 23:59, e.g. 09:00" }),
  startDate: z
    .string()
    .trim()
    .refine((d) => dayNumberOf(d) !== null, { error: "Enter a start date as YYYY-MM-DD, e.g. 2026-03-02" }),
  participants: z
    .array(z.string().trim().min(1, { error: "Pick a person for every position" }))
    .min(1, { error: "Add at least one participant" }),
});
export type RotationInput = z.input<typeof rotationSchema>;

const when = (label: string) => z.coerce.date({ error: `Enter when the override ${label}` });
const person = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const range = { start: when("starts"), end: when("ends") };

export const overrideSchema = z
  .discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("replace"), ...range, removeId: person("Pick who is being covered"), addId: person("Pick who covers") }),
      z.object({ kind: z.literal("add"), ...range, addId: person("Pick who to add") }),
      z.object({ kind: z.literal("remove"), ...range, removeId: person("Pick who to remove") }),
    ],
    { error: "Pick replace, add or remove" },
  )
  .refine((o) => o.end > o.start, { path: ["end"], error: "The override must end after it starts" })
  .refine((o) => o.kind !== "replace" || o.addId !== o.removeId, {
    path: ["addId"],
    error: "Pick someone other than the person being covered",
  });
export type OverrideInput = z.input<typeof overrideSchema>;

/** The rotation form: the shift config above plus what the page edits around it. */
export const rotationFormSchema = rotationSchema.extend({
  name: z.string().trim().min(1, { error: "Give the rotation a name" }).max(100, { error: "Keep the name under 100 characters" }),
  serviceIds: z.array(z.uuid({ error: "Pick services from the list" })).default([]),
  secondary: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("next_participant") }),
      z.object({ kind: z.literal("rotation"), rotationId: z.uuid({ error: "Pick the rotation whose primary backs this one up" }) }),
    ],
    { error: "Pick who backs the primary up" },
  ),
  /** Set when editing; absent for a new rotation. */
  rotationId: z.uuid().optional(),
  /**
   * The on-call list right now that the lead saw and accepted in the preview (swapToken). The server
   * refuses a save that changes who is on call now unless this matches what the save would do.
   */
  confirmedNow: z.string().optional(),
});
export type RotationFormInput = z.input<typeof rotationFormSchema>;

/** An override as the forms send it: which rotation, the override, and an optional note. */
export const overrideFormSchema = overrideSchema.and(
  z.object({
    rotationId: z.uuid({ error: "Pick a rotation" }),
    note: z.string().trim().max(500, { error: "Keep the note under 500 characters" }).default(""),
  }),
);
export type OverrideFormInput = z.input<typeof overrideFormSchema>;
