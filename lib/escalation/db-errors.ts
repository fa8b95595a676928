// Errors from on-call edits (escalation policies, groups, the readiness checklist, handoff notes)
// put on the field a person would change. The forms check most of this first; what only the
// database can see (a rotation deleted a moment ago, a name taken) arrives here.
import { fromDbError, type ActionResult } from "@/lib/actions/result";

export interface DbError {
  code?: string;
  message?: string;
  details?: string;
  hint?: string;
}

type Hit = { field: string; message: string };

// By constraint name. Maps, not objects: the name comes from an error message.
const FIELDS = new Map<string, Hit>(Object.entries({
  escalation_levels_required: { field: "levels", message: "Add at least one level" },
  escalation_levels_level_check: { field: "levels", message: "A policy has at most 20 levels" },
  escalation_policies_service_severity_key: {
    field: "severity",
    message: "This service already has a policy for that severity; edit that one instead",
  },
  escalation_policies_severity_fkey: { field: "severity", message: "Pick a severity from the list" },
  escalation_policies_service_id_fkey: { field: "serviceId", message: "This service no longer exists; reload the page" },
  oncall_groups_name_key: { field: "name", message: "There is already a group with that name" },
  oncall_groups_name_check: { field: "name", message: "Give the group a name of up to 80 characters" },
  oncall_groups_description_check: { field: "description", message: "Keep the description under 500 characters" },
  oncall_group_members_person_id_fkey: { field: "memberIds", message: "Someone you picked no longer has an account; reload the page" },
  oncall_checklist_items_title_check: { field: "title", message: "Name the tool or access in up to 120 characters" },
  oncall_checklist_status_note_check: { field: "note", message: "Keep the note under 500 characters" },
  oncall_checklist_status_status_check: { field: "status", message: "Pick missing, requested or ready" },
  rotation_handoff_notes_body_check: { field: "body", message: "Write the note first, in under 5,000 characters" },
}));

// A level's own constraints: "level 2 violates check constraint \"escalation_levels_target_check\"".
const LEVEL_FIELDS = new Map<string, Hit>(Object.entries({
  escalation_levels_target_kind_check: { field: "kind", message: "Pick what this level pages" },
  escalation_levels_target_check: { field: "target", message: "Pick who this level pages" },
  escalation_levels_target_rotation_id_fkey: { field: "target", message: "That rotation no longer exists; pick another" },
  escalation_levels_target_person_id_fkey: { field: "target", message: "That person no longer has an account; pick another" },
  escalation_levels_target_group_id_fkey: { field: "target", message: "That group no longer exists; pick another" },
  escalation_levels_wait_minutes_check: { field: "waitMinutes", message: "Wait between 0 and 10080 minutes" },
  escalation_levels_repeat_count_check: { field: "repeatCount", message: "Repeat between 0 and 10 times" },
}));

// Whole-form messages, by constraint name.
const MESSAGES = new Map<string, string>(Object.entries({
  escalation_levels_policy_id_fkey: "This policy was deleted meanwhile; reload the page.",
  // Deleting a group or rotation a level still pages (no cascade, on purpose).
  escalation_levels_target_group_id_fkey: "A level of some escalation policy still pages this group. Change that level first.",
  oncall_checklist_status_item_id_fkey: "This item was removed from the checklist meanwhile; reload the page.",
}));

// Errors save_escalation_policy raises in words alone; PostgREST passes on the message, not the
// constraint name, so the message stands for it.
const RAISED = new Map<string, string>(Object.entries({
  "a policy needs at least one level": "escalation_levels_required",
}));

/** The constraint an error names in its text, or stands for. */
export function constraintOf(err: DbError): string | null {
  const text = [err.message, err.details, err.hint].filter(Boolean).join("\n");
  return /constraint "([^"]+)"/.exec(text)?.[1] ?? RAISED.get(err.message ?? "") ?? null;
}

/** A failed on-call edit as a result for its form; `notAllowed` says who may. */
export function oncallEditDbError(err: DbError, notAllowed: string): ActionResult<never> {
  if (err.code === "42501") return { ok: false, message: notAllowed };
  if (err.code === "P0002") return { ok: false, message: "It no longer exists; it may have been deleted. Reload the page." };
  const constraint = constraintOf(err);
  const level = /^level (\d+) violates/.exec(err.message ?? "")?.[1];
  const levelHit = level && constraint ? LEVEL_FIELDS.get(constraint) : undefined;
  if (level && levelHit) {
    return {
      ok: false,
      message: `Level ${level} needs attention.`,
      fieldErrors: { [`levels.${Number(level) - 1}.${levelHit.field}`]: levelHit.message },
    };
  }
  const hit = constraint ? FIELDS.get(constraint) : undefined;
  if (hit) return { ok: false, message: "Some fields need attention.", fieldErrors: { [hit.field]: hit.message } };
  const message = constraint ? MESSAGES.get(constraint) : undefined;
  if (message) return { ok: false, message };
  return fromDbError(err);
}
