import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { TargetKind } from "./schema";

export type { TargetKind };

export interface EscalationLevel {
  level: number;
  target_kind: TargetKind;
  wait_minutes: number;
  repeat_count: number;
  rotation: { id: string; name: string } | null;
  person: { id: string; name: string } | null;
  group: { id: string; name: string; members: { person_id: string }[] } | null;
}

export interface EscalationPolicy {
  id: string;
  severity: string | null;
  levels: EscalationLevel[];
}

export interface ServiceEscalation {
  id: string;
  slug: string;
  name: string;
  policies: EscalationPolicy[];
}

const ESCALATION_COLUMNS =
  "id,slug,name,policies:escalation_policies(id,severity,levels:escalation_levels(level,target_kind,wait_minutes,repeat_count," +
  "rotation:rotations!target_rotation_id(id,name),person:people!target_person_id(id,name)," +
  "group:oncall_groups!target_group_id(id,name,members:oncall_group_members(person_id))))";

/** The escalation policies of these services (by slug), levels in order; RLS decides what is seen. */
export async function escalationForServices(db: SupabaseClient, slugs: readonly string[]): Promise<ServiceEscalation[]> {
  if (!slugs.length) return [];
  return selectEscalation(db, slugs);
}

/** Every service's escalation policies (the matrix), services by name. */
export async function escalationMatrix(db: SupabaseClient): Promise<ServiceEscalation[]> {
  return selectEscalation(db, null);
}

async function selectEscalation(db: SupabaseClient, slugs: readonly string[] | null): Promise<ServiceEscalation[]> {
  let q = db.from("services").select(ESCALATION_COLUMNS);
  if (slugs) q = q.in("slug", slugs);
  const { data, error } = await q.order("name").order("level", { referencedTable: "escalation_policies.escalation_levels" });
  if (error) throw new Error(`escalation: ${error.code} ${error.message}`);
  const rows = data as unknown as ServiceEscalation[];
  for (const s of rows) {
    // Default policy (no severity) first, then P0, P1…
    s.policies.sort((a, b) => (a.severity ?? "").localeCompare(b.severity ?? ""));
    for (const p of s.policies) p.levels.sort((a, b) => a.level - b.level);
  }
  return rows;
}

/** "API primary (primary on call)", "Engineering leadership (group)", "Ana Souza". */
export function describeTarget(l: EscalationLevel): string {
  switch (l.target_kind) {
    case "rotation_primary":
      return `${l.rotation?.name ?? "a rotation"} — primary on call`;
    case "rotation_secondary":
      return `${l.rotation?.name ?? "a rotation"} — secondary on call`;
    case "person":
      return l.person?.name ?? "a person";
    case "group":
      return `${l.group?.name ?? "a group"} (group)`;
  }
}
