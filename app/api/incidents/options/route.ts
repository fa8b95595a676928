import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listIncidentOptions } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

/** What the declare form and the incident pages pick from: severities, services and people. */
export async function GET() {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  return Response.json(await listIncidentOptions(await dbAs(person)), { headers: { "cache-control": "private, no-store" } });
}
