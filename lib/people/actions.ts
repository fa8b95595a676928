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
  revalidatePath("/people");
  return { ok: true, data: data as Person };
});

const EMAIL_TAKEN = {
  ok: false as const,
  message: "Some fields need attention.",
  fieldErrors: { email: "Someone already signs in with this email" },
};

/** Admins make accounts (there is no open sign-up). The new person's role is set through RLS. */
export const addPerson = action({ schema: addPersonSchema, roles: ["admin"] }, async (input, { db }) => {
  // better-auth answers a sign-up for a taken email with a made-up success (so outsiders cannot
  // probe for accounts); an admin needs the truth, so we look first, and check afterwards.
  const taken = await db.from("people").select("id").eq("email", input.email).maybeSingle();
  if (taken.error) return fromDbError(taken.error);
  if (taken.data) return EMAIL_TAKEN;
  const { user } = await auth().api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.temporary_password },
  });
  const created = await db.from("people").select("id").eq("id", user.id).maybeSingle();
  if (!created.data) return EMAIL_TAKEN;
  if (input.role !== "responder") {
    const { error } = await db.from("people").update({ role: input.role }).eq("id", user.id);
    if (error) return fromDbError(error);
  }
  revalidatePath("/people");
  return { ok: true, data: { id: user.id } };
});
