import "server-only";
// Reads for the readiness page, as the signed-in person (RLS decides): the checklist with its
// descriptions, and each person's status on it.
import type { SupabaseClient } from "@supabase/supabase-js";
import type { ReadinessStatus } from "./readiness-schema";

export interface ChecklistItem {
  id: string;
  title: string;
  description: string;
}

export interface StatusRow {
  item_id: string;
  person_id: string;
  status: ReadinessStatus;
  note: string;
  updated_at: string;
}

/** The checklist in its order. */
export async function checklist(db: SupabaseClient): Promise<ChecklistItem[]> {
  const { data, error } = await db.from("oncall_checklist_items").select("id,title,description").order("position").order("title");
  if (error) throw new Error(`checklist: ${error.code} ${error.message}`);
  return data as ChecklistItem[];
}

/** Status rows: one person's (personId), or everybody's. An item without a row is missing. */
export async function readinessRows(db: SupabaseClient, personId?: string): Promise<StatusRow[]> {
  let q = db.from("oncall_checklist_status").select("item_id,person_id,status,note,updated_at");
  if (personId) q = q.eq("person_id", personId);
  const { data, error } = await q;
  if (error) throw new Error(`readinessRows: ${error.code} ${error.message}`);
  return data as StatusRow[];
}
