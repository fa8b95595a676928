"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { fromDbError } from "@/lib/actions/result";
import { forgetPerson } from "@/lib/db/privileged";
import { PERSON_COLUMNS, type Person } from "./person";
import { profileSchema, roleChangeSchema } from "./schema";

export const updateProfile = action({ schema: profileSchema }, async (input, { person, db }) => {
  const { data, error } = await db.from("people").update(input).eq("id", person.id).select(PERSON_COLUMNS).single();
  if (error) return fromDbError(error);
  forgetPerson(person.id);
  revalidatePath("/", "layout");
  return { ok: true, data: data as Person };
});

export const changeRole = action({ schema: roleChangeSchema, roles: ["admin"] }, async (input, { db }) => {
  const { data, error } = await db
    .from("people")
    .update({ role: input.role })
    .eq("id", input.person_id)
    .select(PERSON_COLUMNS)
    .single();
  if (error) return fromDbError(error);
  forgetPerson(input.person_id);
  revalidatePath("/admin/people");
  return { ok: true, data: data as Person };
});
