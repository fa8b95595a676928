// Words for on-call facts, shared by the pages. Pure: names come in through `nameOf`.

import type { OnCallReason } from "./now";
import type { ShiftUnit } from "./rotation";

type NameOf = (personId: string) => string;

/** "rotation", "covering for Marcus (override)", "added (override)". */
export function reasonText(reason: OnCallReason, nameOf: NameOf): string {
  if (reason.source === "rotation") return "rotation";
  return reason.kind === "replace" ? `covering for ${nameOf(reason.coveringFor)} (override)` : "added (override)";
}

/** "1 week", "8 hours", "2 days". */
export function shiftLengthText(unit: ShiftUnit, count: number): string {
  const one = unit.slice(0, -1);
  return `${count} ${count === 1 ? one : unit}`;
}

const ENTITY: Record<string, string> = {
  rotations: "rotation settings",
  rotation_services: "a service",
  rotation_participants: "a participant",
  rotation_overrides: "an override",
  rotation_handoff_notes: "a handoff note",
  calendar_feed_tokens: "a calendar feed",
};

interface Change {
  entity_type: string;
  action: "insert" | "update" | "delete";
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

/** One line for a history entry: "Added an override: Noah covers for Marcus", "Changed a participant: Ana → Ben". */
export function describeChange(c: Change, nameOf: NameOf): string {
  if (c.entity_type === "rotations" && c.action !== "update") return c.action === "insert" ? "Created the rotation" : "Deleted the rotation";
  const row = c.after ?? c.before ?? {};
  const verb = c.action === "insert" ? "Added" : c.action === "delete" ? "Removed" : "Changed";
  const what = ENTITY[c.entity_type] ?? c.entity_type.replaceAll("_", " ");
  let detail = "";
  if (c.entity_type === "rotation_overrides") {
    const add = str(row.add_person_id);
    const remove = str(row.remove_person_id);
    detail =
      row.kind === "replace" && add && remove ? `${nameOf(add)} covers for ${nameOf(remove)}`
      : row.kind === "add" && add ? `${nameOf(add)} on call too`
      : remove ? `${nameOf(remove)} taken off call` : "";
  } else if (c.entity_type === "rotation_participants") {
    const before = str(c.before?.person_id);
    const after = str(c.after?.person_id);
    detail = before && after && before !== after ? `${nameOf(before)} → ${nameOf(after)}` : nameOf((after ?? before) || "");
  } else if (c.entity_type === "rotations" && c.action === "update" && c.before && c.after) {
    const changed = Object.keys(c.after).filter((k) => k !== "updated_at" && JSON.stringify(c.after![k]) !== JSON.stringify(c.before![k]));
    detail = changed.map((k) => k.replaceAll("_", " ")).join(", ");
  }
  return detail ? `${verb} ${what}: ${detail}` : `${verb} ${what}`;
}
