import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { parseIncidentRef } from "@/lib/incidents/ref";
import { loadReviewExport } from "@/lib/reviews/export-load";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/** The review as a markdown file (the post-incident template), for the signed-in person only. */
export async function GET(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  const person = await currentPerson();
  if (!person) return text("Sign in first.", 401);
  const number = parseIncidentRef((await params).ref);
  if (number === null) return text("Not an incident reference (e.g. INC-42).", 404);
  const found = await loadReviewExport(await dbAs(person), number);
  if (!found) return text("This incident has no review yet.", 404);
  return new Response(found.markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      // The file name is built from the incident number only: nothing to escape.
      "content-disposition": `attachment; filename="${found.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
