import { incidentRoute } from "@/lib/api/incident-route";
import { restGetAs } from "@/lib/db/supabase";

export const dynamic = "force-dynamic";

/**
 * One incident with its whole timeline, as the signed-in person may see it. The JSON is built by
 * Postgres (public.incident_view, RLS applies) and passed through as is: a long timeline is
 * hundreds of kilobytes, not worth parsing only to serialise again.
 */
export const GET = incidentRoute(async ({ person, number }) => {
  const res = await restGetAs(person, `rpc/incident_view?incident_number=${number}`);
  const body = await res.text();
  if (!res.ok) {
    console.error(`incident read failed: ${res.status}`);
    return Response.json({ message: "Could not read the incident; try again." }, { status: 502 });
  }
  if (body === "null" || body === "") return Response.json({ message: "No such incident." }, { status: 404 });
  return new Response(body, { headers: { "content-type": "application/json", "cache-control": "private, no-store" } });
});
