"use server";
// Escalation edits: the shared zod schema again on the server, then PostgREST as the person (RLS,
// the RPCs and constraints decide), then words for the form. History is written by the database.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { oncallEditDbError } from "./db-errors";
import { deleteGroupSchema, deletePolicySchema, groupSchema, levelsForDb, policySchema } from "./schema";

const LEADS = ["lead", "admin"] as const;
const POLICY_RIGHTS = "Only leads and admins edit escalation policies.";
const GROUP_RIGHTS = "Only leads and admins edit groups.";

/** A policy with all its levels at once: a bad level leaves the saved policy as it was. */
export const saveEscalationPolicy = action({ schema: policySchema, roles: LEADS }, async (input, { db }) => {
  const { data, error } = await db.rpc("save_escalation_policy", {
    levels: levelsForDb(input.levels),
    policy_id: input.policyId,
    // A saved policy keeps its service and severity; they are only sent to make one.
    service_id: input.policyId ? null : input.serviceId,
    severity: input.policyId ? null : input.severity || null,
  });
  if (error) return oncallEditDbError(error, POLICY_RIGHTS);
  revalidatePath("/escalation", "layout");
  return { ok: true, data: { id: (data as { id: string }).id } };
});

export const deleteEscalationPolicy = action({ schema: deletePolicySchema, roles: LEADS }, async (input, { db }) => {
  const { data, error } = await db.from("escalation_policies").delete().eq("id", input.policyId).select("id");
  if (error) return oncallEditDbError(error, POLICY_RIGHTS);
  if (!data.length) return { ok: false, message: "This policy was already deleted, or you may not delete it. Reload the page." };
  revalidatePath("/escalation", "layout");
  return { ok: true, data: undefined };
});

export const saveGroup = action({ schema: groupSchema, roles: LEADS }, async (input, { db }) => {
  const { data, error } = await db.rpc("save_oncall_group", {
    name: input.name,
    description: input.description,
    member_ids: input.memberIds,
    group_id: input.groupId,
  });
  if (error) return oncallEditDbError(error, GROUP_RIGHTS);
  revalidatePath("/escalation", "layout");
  return { ok: true, data: { id: (data as { id: string }).id } };
});

export const deleteGroup = action({ schema: deleteGroupSchema, roles: LEADS }, async (input, { db }) => {
  const { data, error } = await db.from("oncall_groups").delete().eq("id", input.groupId).select("id");
  if (error) return oncallEditDbError(error, GROUP_RIGHTS);
  if (!data.length) return { ok: false, message: "This group was already deleted, or you may not delete it. Reload the page." };
  revalidatePath("/escalation", "layout");
  return { ok: true, data: undefined };
});
