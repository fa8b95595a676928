// Errors from review writes, in words, on the field a person would change. The forms check first
// (lib/reviews/schema.ts); what reaches here is what only the database can know — a review
// published a moment ago, an incident reopened, a person removed — or a direct API call.
import { fromDbError, type ActionResult } from "@/lib/actions/result";
import type { Missing } from "./publish-rules";

export interface DbError {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
}

export const PUBLISHED_MESSAGE = "This review is published: only action item status can change.";

// Constraints that belong to one field of an action item, by name. A Map: the name comes from an
// error message, and "constructor" must find nothing.
const FIELD_CONSTRAINTS = new Map<string, { field: string; message: string }>(Object.entries({
  review_action_items_title_check: { field: "title", message: "Say what will be done, in up to 200 characters" },
  review_action_items_owner_id_fkey: { field: "owner_id", message: "Pick a person from the list — they may have just been removed" },
  review_action_items_tracker_url_check: { field: "tracker_url", message: "Link to the tracker with an http:// or https:// address" },
  review_action_items_priority_check: { field: "priority", message: "Pick a priority" },
  review_action_items_type_check: { field: "type", message: "Pick a type" },
  review_action_items_status_check: { field: "status", message: "Pick a status" },
}));

// Messages the migration raises itself, with the words people see.
const RAISED = new Map<string, string>(Object.entries({
  "this review is published: only action item status can change": PUBLISHED_MESSAGE,
  "only a resolved incident can be reviewed": "Resolve the incident before starting its review.",
  "submit the review for review before publishing it": "Submit the review for review before publishing it.",
  "this review is not ready to publish": "This review is not ready to publish yet.",
}));

function constraintOf(err: DbError): string | null {
  const named = /constraint "([^"]+)"/.exec([err.message, err.details, err.hint].filter(Boolean).join("\n"));
  return named ? named[1] : null;
}

/** publish_review's refusal carries the missing list as JSON in `details`. */
export function missingFromError(err: DbError): Missing[] | null {
  if (err.code !== "23514" || err.message !== "this review is not ready to publish" || !err.details) return null;
  try {
    const list = JSON.parse(err.details) as unknown;
    return Array.isArray(list) ? (list as Missing[]) : null;
  } catch {
    return null;
  }
}

/** A failed review write as a result for its form. */
export function reviewDbError(err: DbError): ActionResult<never> {
  if (err.code === "P0002") return { ok: false, message: "Not found — it may have been deleted." };
  const raised = RAISED.get(err.message?.trim() ?? "");
  if (raised) return { ok: false, message: raised };
  const constraint = constraintOf(err);
  const hit = constraint ? FIELD_CONSTRAINTS.get(constraint) : undefined;
  if (hit) return { ok: false, message: "Some fields need attention.", fieldErrors: { [hit.field]: hit.message } };
  if (constraint === "review_sections_content_check") {
    return { ok: false, message: "This section could not be saved: part of it is not in a form Beacon accepts. Reload and try again." };
  }
  return fromDbError({ code: err.code, message: err.message });
}
