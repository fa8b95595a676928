import "server-only";
// Reads for the escalation and readiness edit pages, as the signed-in person (RLS decides): what
// a level can page, the groups with their members, and the change history of each.
import type { SupabaseClient } from "@supabase/supabase-js";
import type { OncallChange } from "@/lib/oncall/queries";

export interface Option {
  id: string;
  name: string;
}

export interface Group extends Option {
  description: string;
  memberIds: string[];
}

export interface TargetOptions {
  rotations: Option[];
  people: Option[];
  groups: Option[];
  severities: Option[];
}

function fail(what: string, error: { code?: string; message: string }): never {
  throw new Error(`${what}: ${error.code} ${error.message}`);
}

/** Everything a level can page, and the severities a policy can be for, by name. */
export async function targetOptions(db: SupabaseClient): Promise<TargetOptions> {
  const [rotations, people, groups, severities] = await Promise.all([
    db.from("rotations").select("id,name").order("name"),
    db.from("people").select("id,name").order("name"),
    db.from("oncall_groups").select("id,name").order("name"),
    db.from("severities").select("id,name").order("rank"),
  ]);
  for (const [what, r] of Object.entries({ rotations, people, groups, severities })) if (r.error) fail(`targetOptions ${what}`, r.error);
  return {
    rotations: rotations.data as Option[],
    people: people.data as Option[],
    groups: groups.data as Option[],
    severities: severities.data as Option[],
  };
}

/** Every group with its members, by name. */
export async function listGroups(db: SupabaseClient): Promise<Group[]> {
  const { data, error } = await db.from("oncall_groups").select("id,name,description,members:oncall_group_members(person_id)").order("name");
  if (error) fail("listGroups", error);
  return (data as { id: string; name: string; description: string; members: { person_id: string }[] }[]).map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    memberIds: g.members.map((m) => m.person_id),
  }));
}

const CHANGE_COLUMNS = "id,entity_type,action,before,after,changed_at,who:people!changed_by(name)";

async function changes(db: SupabaseClient, what: string, filter: string, limit: number): Promise<OncallChange[]> {
  const { data, error } = await db
    .from("oncall_changes")
    .select(CHANGE_COLUMNS)
    .or(filter)
    .order("changed_at", { ascending: false })
    .order("id", { ascending: false })
    .limit(limit);
  if (error) fail(what, error);
  return data as unknown as OncallChange[];
}

/**
 * A service's escalation history: its policies, including deleted ones, and their levels. The
 * policies are found first (a level's row names its policy, not the service).
 */
export async function serviceEscalationChanges(db: SupabaseClient, serviceId: string, limit = 30): Promise<OncallChange[]> {
  const policies = await db
    .from("oncall_changes")
    .select("entity_id")
    .eq("entity_type", "escalation_policies")
    .or(`after->>service_id.eq.${serviceId},before->>service_id.eq.${serviceId}`)
    .order("changed_at", { ascending: false })
    .limit(100);
  if (policies.error) fail("serviceEscalationChanges", policies.error);
  const ids = [...new Set((policies.data as { entity_id: string }[]).map((p) => p.entity_id))];
  if (!ids.length) return [];
  const list = `(${ids.join(",")})`;
  return changes(
    db,
    "serviceEscalationChanges",
    `and(entity_type.eq.escalation_policies,entity_id.in.${list}),` +
      `and(entity_type.eq.escalation_levels,after->>policy_id.in.${list}),` +
      `and(entity_type.eq.escalation_levels,before->>policy_id.in.${list})`,
    limit,
  );
}

/** Groups created, renamed, deleted, and who joined or left them. */
export function groupChanges(db: SupabaseClient, limit = 20): Promise<OncallChange[]> {
  return changes(db, "groupChanges", "entity_type.eq.oncall_groups,entity_type.eq.oncall_group_members", limit);
}

/** The checklist's items and everybody's status on them. */
export function readinessChanges(db: SupabaseClient, limit = 20): Promise<OncallChange[]> {
  return changes(db, "readinessChanges", "entity_type.eq.oncall_checklist_items,entity_type.eq.oncall_checklist_status", limit);
}
