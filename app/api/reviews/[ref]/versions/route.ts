import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { parseIncidentRef } from "@/lib/incidents/ref";
import { getSectionVersions } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";

/**
 * Each section's version and last editor for the review of INC-n, polled by the review editor
 * (every ~15 s) to tell a person early that someone else is saving the section they are in.
 * Small on purpose: no content.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const number = parseIncidentRef((await params).ref);
  if (number === null) return Response.json({ message: "Not an incident reference (e.g. INC-42)." }, { status: 404 });
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
}
