import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listServices, listSeverities } from "@/lib/incidents/queries";
import { listPeople } from "@/lib/people/queries";

export const dynamic = "force-dynamic";

/** What the declare form and the incident pages pick from: severities, services and people. */
export async function GET() {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const db = await dbAs(person);
  const [severities, services, people] = await Promise.all([listSeverities(db), listServices(db), listPeople(db)]);
  return Response.json({ severities, services, people }, { headers: { "cache-control": "private, no-store" } });
}
