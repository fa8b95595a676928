import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";
import { PERSON_COLUMNS, type Person } from "./person";

/** Everyone, by name: the directory on-call staff need for contacts. */
export async function listPeople(db: SupabaseClient): Promise<Person[]> {
  const { data, error } = await db.from("people").select(PERSON_COLUMNS).order("name");
  if (error) throw new Error(`listPeople: ${error.code} ${error.message}`);
  return data as Person[];
}
