import { incidentRoute } from "@/lib/api/incident-route";
import { dbAs } from "@/lib/db/supabase";
import { getSectionVersions } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";

/**
 * Each section's version and last editor for the review of INC-n, polled by the review editor
 * (every ~15 s) to tell a person early that someone else is saving the section they are in.
 * Small on purpose: no content.
 */
export const GET = incidentRoute(async ({ person, number }) => {
  try {
    const db = await dbAs(person);
    const { data, error } = await db.from("incidents").select("review:reviews(id)").eq("number", number).maybeSingle();
    if (error) throw new Error(error.message);
    const reviewId = (data as { review: { id: string } | null } | null)?.review?.id;
    if (!reviewId) return Response.json({ message: "No review for this incident." }, { status: 404 });
    const versions = await getSectionVersions(db, reviewId);
    return Response.json(versions, { headers: { "cache-control": "private, no-store" } });
  } catch (e) {
    console.error(`review versions read failed: ${(e as Error).message}`);
    return Response.json({ message: "Could not read the review; try again." }, { status: 502 });
  }
});
