// The readiness forms' zod schemas, shared by the client forms and their server actions: a
// person's status on one checklist item, and the checklist itself (leads and admins).
import { z } from "zod";

export const READINESS_STATUSES = ["missing", "requested", "ready"] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];
export const READINESS_LABELS: Record<ReadinessStatus, string> = {
  missing: "Missing",
  requested: "Requested",
  ready: "Ready",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const itemId = z.string({ error: "This item cannot be found; reload the page" }).regex(UUID, {
  error: "This item cannot be found; reload the page",
});

export const readinessSchema = z.object({
  itemId,
  status: z.enum(READINESS_STATUSES, { error: "Pick missing, requested or ready" }),
  note: z.string().trim().max(500, { error: "Keep the note under 500 characters" }),
});
export type ReadinessInput = z.input<typeof readinessSchema>;

export const checklistItemSchema = z.object({
  /** null: a new item, added at the end. */
  itemId: itemId.nullable(),
  title: z.string().trim().min(1, { error: "Name the tool or access, e.g. Database console" }).max(120, {
    error: "Keep the name under 120 characters",
  }),
  description: z.string().trim().max(1000, { error: "Keep the description under 1,000 characters" }),
});
export type ChecklistItemInput = z.input<typeof checklistItemSchema>;

export const moveChecklistItemSchema = z.object({ itemId, direction: z.enum(["up", "down"]) });
export const removeChecklistItemSchema = z.object({ itemId });

/** The order after moving `id` one place up or down; unchanged at either end. */
export function moved<T extends string>(ids: readonly T[], id: T, direction: "up" | "down"): T[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}
