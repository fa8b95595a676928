// Errors from rotation and override writes, turned into messages on the field a person would
// change. The forms check most of this first; the database is the last line (a person removed a
// moment ago, an override someone else saved first, a rule the form does not know).
import { fromDbError, type ActionResult } from "@/lib/actions/result";
import { constraintOf, type DbError } from "@/lib/db/constraint";

const PICK_PERSON = "Pick a person from the list — they may have just been removed";

// By constraint name. Maps, not objects: the name comes from an error message.
const ROTATION_FIELDS = new Map<string, { field: string; message: string }>(Object.entries({
  rotations_name_check: { field: "name", message: "Give the rotation a name of up to 100 characters" },
  rotations_time_zone_check: { field: "timeZone", message: "Pick a time zone from the list (e.g. Europe/London)" },
  rotations_shift_unit_check: { field: "shiftLength.unit", message: "Pick hours, days or weeks" },
  rotations_shift_count_check: { field: "shiftLength.count", message: "A shift lasts from 1 to 1000 hours, days or weeks" },
  rotations_handoff_time_check: { field: "handoffTime", message: "Enter a handoff time from 00:00 to 23:59, e.g. 09:00" },
  rotations_secondary_check: { field: "secondary.rotationId", message: "Pick another rotation to back this one up" },
  rotations_secondary_rotation_id_fkey: { field: "secondary.rotationId", message: "That rotation no longer exists; pick another" },
  rotation_participants_required: { field: "participants", message: "Add at least one participant" },
  rotation_participants_person_id_fkey: { field: "participants", message: PICK_PERSON },
  rotation_participants_position_check: { field: "participants", message: "A rotation takes at most 1000 participants" },
  rotation_services_service_id_fkey: { field: "serviceIds", message: "Pick services from the list — one may have just been removed" },
}));
const ROTATION_RAISED = new Map(Object.entries({ "a rotation needs at least one participant": "rotation_participants_required" }));

const OVERRIDE_FIELDS = new Map<string, { field: string; message: string }>(Object.entries({
  rotation_overrides_range_check: { field: "end", message: "The override must end after it starts" },
  rotation_overrides_people_check: { field: "addId", message: "Pick who covers, and someone other than the person being covered" },
  rotation_overrides_add_person_id_fkey: { field: "addId", message: PICK_PERSON },
  rotation_overrides_remove_person_id_fkey: { field: "removeId", message: PICK_PERSON },
  rotation_overrides_note_check: { field: "note", message: "Keep the note under 500 characters" },
  rotation_overrides_no_conflict: {
    field: "start",
    message: "Another override already changes this person's shifts at an overlapping time. Pick another time, or remove that override first.",
  },
}));

function withFields(err: DbError, fields: ReadonlyMap<string, { field: string; message: string }>, raised?: ReadonlyMap<string, string>): ActionResult<never> {
  const constraint = constraintOf(err, raised);
  const hit = constraint ? fields.get(constraint) : undefined;
  if (hit) return { ok: false, message: "Some fields need attention.", fieldErrors: { [hit.field]: hit.message } };
  return fromDbError(err);
}

/** A failed save_rotation as a result for the rotation form. */
export function oncallDbError(err: DbError): ActionResult<never> {
  if (err.code === "P0002") return { ok: false, message: "This rotation no longer exists; it may have been deleted." };
  if (err.code === "42501") return { ok: false, message: "Only leads and admins edit rotations." };
  return withFields(err, ROTATION_FIELDS, ROTATION_RAISED);
}

/** A failed override write as a result for the override and take-a-shift forms. */
export function overrideDbError(err: DbError): ActionResult<never> {
  if (err.code === "42501") {
    return { ok: false, message: "You can only put yourself on call; ask a lead to change other people's shifts." };
  }
  return withFields(err, OVERRIDE_FIELDS);
}
