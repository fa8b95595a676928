"use server";
// A handoff note for whoever takes over: RLS decides who may leave one (the rotation's people,
// leads and admins); the newest is what the rotation page shows.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { oncallEditDbError } from "@/lib/escalation/db-errors";
import { handoffNoteSchema } from "./handoff-schema";

export const leaveHandoffNote = action({ schema: handoffNoteSchema }, async (input, { db }) => {
  const { error } = await db.from("rotation_handoff_notes").insert({ rotation_id: input.rotationId, body: input.body });
  if (error) {
    if (error.code === "23503") return { ok: false, message: "This rotation was deleted meanwhile; your note was not saved." };
    return oncallEditDbError(error, "Only people on this rotation, leads and admins leave handoff notes here.");
  }
  revalidatePath(`/oncall/${input.rotationId}`);
  return { ok: true, data: undefined };
});
