"use server";
// Readiness edits: anyone sets their own status on a checklist item; leads and admins edit the
// checklist. RLS and the RPCs in 20261123000700_oncall_editing.sql decide; history is the database's.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { oncallEditDbError } from "@/lib/escalation/db-errors";
import { checklistItemSchema, moveChecklistItemSchema, moved, readinessSchema, removeChecklistItemSchema } from "./readiness-schema";

const LEADS = ["lead", "admin"] as const;
const CHECKLIST_RIGHTS = "Only leads and admins edit the checklist.";

function refresh() {
  // The rotation pages warn about incomplete checklists too.
  revalidatePath("/oncall", "layout");
}

/** The signed-in person's own status on one item (set_readiness: the caller's row). */
export const setMyReadiness = action({ schema: readinessSchema }, async (input, { db }) => {
  const { error } = await db.rpc("set_readiness", { item_id: input.itemId, status: input.status, note: input.note });
  if (error) return oncallEditDbError(error, "You can only change your own readiness.");
  refresh();
  return { ok: true, data: undefined };
});

/** Adds an item at the end of the checklist, or renames one. */
export const saveChecklistItem = action({ schema: checklistItemSchema, roles: LEADS }, async (input, { db }) => {
  if (input.itemId) {
    const { data, error } = await db
      .from("oncall_checklist_items")
      .update({ title: input.title, description: input.description })
      .eq("id", input.itemId)
      .select("id");
    if (error) return oncallEditDbError(error, CHECKLIST_RIGHTS);
    if (!data.length) return { ok: false, message: "This item was removed meanwhile; reload the page." };
  } else {
    const last = await db.from("oncall_checklist_items").select("position").order("position", { ascending: false }).limit(1);
    if (last.error) return oncallEditDbError(last.error, CHECKLIST_RIGHTS);
    const position = ((last.data[0] as { position: number } | undefined)?.position ?? 0) + 1;
    const { error } = await db.from("oncall_checklist_items").insert({ title: input.title, description: input.description, position });
    if (error) return oncallEditDbError(error, CHECKLIST_RIGHTS);
  }
  refresh();
  return { ok: true, data: undefined };
});

export const moveChecklistItem = action({ schema: moveChecklistItemSchema, roles: LEADS }, async (input, { db }) => {
  const items = await db.from("oncall_checklist_items").select("id").order("position").order("title");
  if (items.error) return oncallEditDbError(items.error, CHECKLIST_RIGHTS);
  const ids = (items.data as { id: string }[]).map((i) => i.id);
  if (!ids.includes(input.itemId)) return { ok: false, message: "This item was removed meanwhile; reload the page." };
  const { error } = await db.rpc("reorder_checklist_items", { item_ids: moved(ids, input.itemId, input.direction) });
  if (error) return oncallEditDbError(error, CHECKLIST_RIGHTS);
  refresh();
  return { ok: true, data: undefined };
});

export const removeChecklistItem = action({ schema: removeChecklistItemSchema, roles: LEADS }, async (input, { db }) => {
  const { data, error } = await db.from("oncall_checklist_items").delete().eq("id", input.itemId).select("id");
  if (error) return oncallEditDbError(error, CHECKLIST_RIGHTS);
  if (!data.length) return { ok: false, message: "This item was already removed; reload the page." };
  refresh();
  return { ok: true, data: undefined };
});
