import { incidentRoute } from "@/lib/api/incident-route";
import { dbAs } from "@/lib/db/supabase";

export const dynamic = "force-dynamic";

/**
 * Whether an incident has a review, and its state: what the incident page needs to offer "Start
 * review" or "Open review" ({ state: null } when none was started). One indexed read.
 */
export const GET = incidentRoute(async ({ person, number }) => {
  const db = await dbAs(person);
  const { data, error } = await db.from("incidents").select("review:reviews(state)").eq("number", number).maybeSingle();
  if (error) {
    console.error(`review state read failed: ${error.code}`);
    return Response.json({ message: "Could not read the review; try again." }, { status: 502 });
  }
  if (!data) return Response.json({ message: "No such incident." }, { status: 404 });
  const review = (data as unknown as { review: { state: string } | null }).review;
  return Response.json({ state: review?.state ?? null }, { headers: { "cache-control": "private, no-store" } });
});
