import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";

export type TargetKind = "rotation_primary" | "rotation_secondary" | "person" | "group";

export interface EscalationLevel {
  level: number;
  target_kind: TargetKind;
  wait_minutes: number;
  repeat_count: number;
  rotation: { name: string } | null;
  person: { name: string } | null;
  group: { name: string } | null;
}

export interface ServiceEscalation {
  slug: string;
  name: string;
  policies: { severity: string | null; levels: EscalationLevel[] }[];
}

/** The escalation policies of these services (by slug), levels in order; RLS decides what is seen. */
export async function escalationForServices(db: SupabaseClient, slugs: readonly string[]): Promise<ServiceEscalation[]> {
  if (!slugs.length) return [];
  const { data, error } = await db
    .from("services")
    .select(
      "slug,name,policies:escalation_policies(severity,levels:escalation_levels(level,target_kind,wait_minutes,repeat_count," +
        "rotation:rotations!target_rotation_id(name),person:people!target_person_id(name),group:oncall_groups!target_group_id(name)))",
    )
    .in("slug", slugs)
    .order("name")
    .order("level", { referencedTable: "escalation_policies.escalation_levels" });
  if (error) throw new Error(`escalationForServices: ${error.code} ${error.message}`);
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
