// Errors from incident writes, turned into messages on the field a person would change. The
// database is the last line of validation (foreign keys, check constraints, the trigger); the
// forms check most of this first, but a service deleted a moment ago only the database can see.
import { fromDbError, type ActionResult, type FieldErrors } from "@/lib/actions/result";
import { keyTimeConstraintError } from "./key-times";
import { constraintOf, type DbError } from "@/lib/db/constraint";

export type { DbError };

const PICK_PERSON = "Pick a person from the list";

// Constraints that belong to one field, by name. Maps, not objects: the name comes from an error
// message, and "constructor" must find nothing.
const FIELD_CONSTRAINTS = new Map<string, { field: string; message: string }>(Object.entries({
  incidents_title_check: { field: "title", message: "Give the incident a title of up to 200 characters" },
  incidents_summary_check: { field: "summary", message: "Keep the summary under 20,000 characters" },
  incidents_severity_fkey: { field: "severity", message: "Pick a severity from the list" },
  incidents_service_ids_fkey: { field: "service_ids", message: "Pick services from the list — one of them may have just been removed" },
  incidents_service_ids_check: { field: "service_ids", message: "Pick at most 50 services" },
  incidents_commander_id_fkey: { field: "commander_id", message: PICK_PERSON },
  incidents_comms_lead_id_fkey: { field: "comms_lead_id", message: PICK_PERSON },
  incidents_scribe_id_fkey: { field: "scribe_id", message: PICK_PERSON },
  incidents_declared_open: { field: "status", message: "A new incident starts open; resolve it once it is declared" },
  note_body: { field: "body", message: "Write something first" },
  unknown_channel: { field: "channel", message: "Pick where the update goes from the list" }, // no such constraint: see below
}));

// Messages the migration raises itself, standing for their constraint's name (constraintOf).
const RAISED_MESSAGES = new Map<string, string>(Object.entries({
  "unknown service": "incidents_service_ids_fkey",
  "an incident is declared open": "incidents_declared_open",
  "a note needs some text": "note_body",
  "an update needs some text": "note_body",
  "unknown channel": "unknown_channel",
}));

function fieldError(constraint: string): { field: string; message: string } | null {
  return keyTimeConstraintError(constraint) ?? FIELD_CONSTRAINTS.get(constraint) ?? null;
}

/** A failed incident write as a result for its form. */
export function incidentDbError(err: DbError): ActionResult<never> {
  if (err.code === "P0002") return { ok: false, message: "Not found — it may have been deleted." };
  if (err.code === "42501") return { ok: false, message: "You are not allowed to do that." };
  const constraint = constraintOf(err, RAISED_MESSAGES);
  const hit = constraint ? fieldError(constraint) : null;
  if (hit) {
    const fieldErrors: FieldErrors = { [hit.field]: hit.message };
    return { ok: false, message: "Some fields need attention.", fieldErrors };
  }
  return fromDbError(err);
}
