// Words for history entries of escalation policies and levels, groups and the readiness
// checklist, before → after. Pure: names come in through `names` (a missing name reads "someone",
// "a rotation"…, e.g. after the person's account was removed).

export interface Names {
  person: (id: string) => string | undefined;
  rotation: (id: string) => string | undefined;
  group: (id: string) => string | undefined;
  item: (id: string) => string | undefined;
  /** "every severity", "P1 incidents": which policy of the service a level belongs to. */
  policy?: (id: string) => string | undefined;
}

export interface Change {
  entity_type: string;
  action: "insert" | "update" | "delete";
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");
const differs = (c: Change, ...keys: string[]) => keys.some((k) => JSON.stringify(c.before?.[k]) !== JSON.stringify(c.after?.[k]));

/** "Database — primary on call", "Ana Souza", "Engineering leadership (group)". */
export function targetText(row: Row, names: Names): string {
  switch (row.target_kind) {
    case "rotation_primary":
      return `${names.rotation(str(row.target_rotation_id)) ?? "a rotation"} — primary on call`;
    case "rotation_secondary":
      return `${names.rotation(str(row.target_rotation_id)) ?? "a rotation"} — secondary on call`;
    case "person":
      return names.person(str(row.target_person_id)) ?? "someone";
    case "group":
      return `${names.group(str(row.target_group_id)) ?? "a group"} (group)`;
    default:
      return "nobody";
  }
}

const timingText = (row: Row) =>
  `waits ${Number(row.wait_minutes)} min` + (Number(row.repeat_count) ? `, repeats ${Number(row.repeat_count)}×` : "");

/** "every severity" or "P1 incidents", from a policy row. */
export function policyLabel(row: Row | null | undefined): string {
  return row?.severity ? `${str(row.severity)} incidents` : "every severity";
}

function levelChange(c: Change, names: Names): string {
  const row = (c.after ?? c.before)!;
  const of = names.policy?.(str(row.policy_id));
  const which = `level ${Number(row.level)}${of ? ` (${of})` : ""}`;
  if (c.action === "insert") return `Added ${which}: pages ${targetText(row, names)}, ${timingText(row)}`;
  if (c.action === "delete") return `Removed ${which}: paged ${targetText(row, names)}`;
  const parts: string[] = [];
  const [b, a] = [c.before!, c.after!];
  if (differs(c, "target_kind", "target_rotation_id", "target_person_id", "target_group_id")) {
    parts.push(`pages ${targetText(b, names)} → ${targetText(a, names)}`);
  }
  if (differs(c, "wait_minutes")) parts.push(`waits ${Number(b.wait_minutes)} → ${Number(a.wait_minutes)} min`);
  if (differs(c, "repeat_count")) parts.push(`repeats ${Number(b.repeat_count)} → ${Number(a.repeat_count)}×`);
  return `Changed ${which}: ${parts.join("; ") || "no visible difference"}`;
}

function itemChange(c: Change): string {
  const row = (c.after ?? c.before)!;
  if (c.action === "insert") return `Added checklist item “${str(row.title)}”`;
  if (c.action === "delete") return `Removed checklist item “${str(row.title)}”`;
  const parts: string[] = [];
  if (differs(c, "title")) parts.push(`renamed “${str(c.before!.title)}” → “${str(c.after!.title)}”`);
  if (differs(c, "description")) parts.push("changed its description");
  if (differs(c, "position")) parts.push(`moved from place ${Number(c.before!.position)} to ${Number(c.after!.position)}`);
  return `Checklist item “${str(c.after!.title)}”: ${parts.join("; ") || "no visible difference"}`;
}

function statusChange(c: Change, names: Names): string {
  const row = (c.after ?? c.before)!;
  const who = names.person(str(row.person_id)) ?? "someone";
  const item = names.item(str(row.item_id)) ?? "an item";
  if (c.action === "delete") return `${who}: ${item} status cleared`;
  const note = str(c.after!.note);
  const from = c.before ? str(c.before.status) : "missing";
  const status = from === str(c.after!.status) ? str(c.after!.status) : `${from} → ${str(c.after!.status)}`;
  return `${who}: ${item} ${status}${note && differs(c, "note") ? ` — “${note}”` : ""}`;
}

/** One line for an escalation, group or readiness history entry. */
export function describeEditChange(c: Change, names: Names): string {
  const row = (c.after ?? c.before ?? {}) as Row;
  switch (c.entity_type) {
    case "escalation_policies":
      return `${c.action === "delete" ? "Deleted" : "Added"} the policy for ${policyLabel(row)}`;
    case "escalation_levels":
      return levelChange(c, names);
    case "oncall_groups":
      if (c.action === "update" && differs(c, "name")) return `Renamed group “${str(c.before!.name)}” → “${str(c.after!.name)}”`;
      return `${c.action === "insert" ? "Created" : c.action === "delete" ? "Deleted" : "Changed the description of"} group “${str(row.name)}”`;
    case "oncall_group_members": {
      const who = names.person(str(row.person_id)) ?? "someone";
      const group = names.group(str(row.group_id)) ?? "a group";
      return c.action === "delete" ? `Removed ${who} from ${group}` : `Added ${who} to ${group}`;
    }
    case "oncall_checklist_items":
      return itemChange(c);
    case "oncall_checklist_status":
      return statusChange(c, names);
    default:
      return `${c.action === "insert" ? "Added" : c.action === "delete" ? "Removed" : "Changed"} ${c.entity_type.replaceAll("_", " ")}`;
  }
}
