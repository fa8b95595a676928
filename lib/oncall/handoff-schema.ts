// The handoff note form's zod schema (client and server), and who may leave one — mirrored from
// the RLS policy on rotation_handoff_notes, so nobody is shown a form the database would refuse.
import { z } from "zod";
import { editsOnCall, type AppRole } from "@/lib/people/roles";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_HANDOFF_NOTE = 5000;

export const handoffNoteSchema = z.object({
  rotationId: z.string().regex(UUID, { error: "This rotation cannot be found; reload the page" }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write the note first: what the next person should know" })
    .max(MAX_HANDOFF_NOTE, { error: `Keep the note under ${MAX_HANDOFF_NOTE.toLocaleString("en")} characters` }),
});
export type HandoffNoteInput = z.input<typeof handoffNoteSchema>;

/**
 * Leads and admins, and whoever takes the rotation's shifts: a participant, or someone an override
 * puts on call (private.takes_shifts_of). Only the overrides the page loaded are seen here, so an
 * old cover may be refused a form the database would allow — never the other way round.
 */
export function mayLeaveHandoffNote(
  me: { id: string; role: AppRole },
  rotation: { participants: readonly string[]; overrides: readonly { kind: string; addId?: string }[] },
): boolean {
  return (
    editsOnCall(me.role) ||
    rotation.participants.includes(me.id) ||
    rotation.overrides.some((o) => o.kind !== "remove" && o.addId === me.id)
  );
}
