import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { parseIncidentRef } from "@/lib/incidents/ref";

export const dynamic = "force-dynamic";

/**
 * Whether an incident has a review, and its state: what the incident page needs to offer "Start
 * review" or "Open review" ({ state: null } when none was started). One indexed read.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const number = parseIncidentRef((await params).ref);
  if (number === null) return Response.json({ message: "Not an incident reference (e.g. INC-42)." }, { status: 404 });
  const db = await dbAs(person);
  const { data, error } = await db.from("incidents").select("review:reviews(state)").eq("number", number).maybeSingle();
  if (error) {
    console.error(`review state read failed: ${error.code}`);
    return Response.json({ message: "Could not read the review; try again." }, { status: 502 });
  }
  if (!data) return Response.json({ message: "No such incident." }, { status: 404 });
  const review = (data as unknown as { review: { state: string } | null }).review;
  return Response.json({ state: review?.state ?? null }, { headers: { "cache-control": "private, no-store" } });
}
