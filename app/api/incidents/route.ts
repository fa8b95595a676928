import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { parseIncidentFilters } from "@/lib/incidents/filters";
import { listIncidents } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

/** The incident list for the signed-in person; filters and the page cursor come from the query string. */
export async function GET(req: Request) {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const filters = parseIncidentFilters(new URL(req.url).searchParams);
  const page = await listIncidents(await dbAs(person), filters, person.time_zone);
  return Response.json(page, { headers: { "cache-control": "private, no-store" } });
}
