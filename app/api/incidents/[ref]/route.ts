import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { getIncident } from "@/lib/incidents/queries";
import { parseIncidentRef } from "@/lib/incidents/ref";

export const dynamic = "force-dynamic";

/** One incident with its whole timeline, as the signed-in person may see it. */
export async function GET(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const number = parseIncidentRef((await params).ref);
  if (number === null) return Response.json({ message: "Not an incident reference (e.g. INC-42)." }, { status: 404 });
  const view = await getIncident(await dbAs(person), number);
  if (!view) return Response.json({ message: "No such incident." }, { status: 404 });
  return Response.json(view, { headers: { "cache-control": "private, no-store" } });
}
