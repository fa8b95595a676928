import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./server";
import { personById } from "@/lib/db/privileged";
import type { Person } from "@/lib/people/person";

/** The signed-in person for this request, or null. Deduplicated per request. */
export const currentPerson = cache(async (): Promise<Person | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return personById(session.user.id);
});

/** For pages behind sign-in: the person, or a redirect to the sign-in page. */
export async function requirePerson(): Promise<Person> {
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  return person;
}
