import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listPeople } from "@/lib/people/queries";

export const dynamic = "force-dynamic";

/** The people directory as the signed-in person may see it (RLS decides, via PostgREST). */
export async function GET() {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  return Response.json(await listPeople(await dbAs(person)), { headers: { "cache-control": "private, no-store" } });
}
