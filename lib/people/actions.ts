"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { fromDbError } from "@/lib/actions/result";
import { forgetPerson } from "@/lib/db/privileged";
import { PERSON_COLUMNS, type Person } from "./person";
import { addPersonSchema, profileSchema, roleChangeSchema } from "./schema";
import { auth } from "@/lib/auth/server";

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

/** Admins make accounts (there is no open sign-up). The new person's role is set through RLS. */
export const addPerson = action({ schema: addPersonSchema, roles: ["admin"] }, async (input, { db }) => {
  let userId: string;
  try {
    const { user } = await auth().api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.temporary_password },
    });
    userId = user.id;
  } catch (e) {
    const msg = (e as Error).message ?? "";
    if (/already exists|already in use/i.test(msg)) {
      return { ok: false, message: "Some fields need attention.", fieldErrors: { email: "Someone already signs in with this email" } };
    }
    throw e;
  }
  if (input.role !== "responder") {
    const { error } = await db.from("people").update({ role: input.role }).eq("id", userId);
    if (error) return fromDbError(error);
  }
  revalidatePath("/people");
  return { ok: true, data: { id: userId } };
});
