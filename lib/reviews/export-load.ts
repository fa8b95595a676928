import "server-only";
// The markdown of one review, as the download (/reviews/[ref]/export) and the print view
// (/reviews/[ref]/print) both show it: same reads, same names, same text.
import type { SupabaseClient } from "@supabase/supabase-js";
import { listServices } from "@/lib/incidents/queries";
import { listPeople } from "@/lib/people/queries";
import { reviewFileName, reviewToMarkdown } from "./export";
import type { ReviewDocument, ReviewIncident } from "./model";
import { getReviewPage } from "./queries";

export interface ReviewExport {
  incident: ReviewIncident;
  review: ReviewDocument;
  markdown: string;
  fileName: string;
}

/** null when there is no such incident or it has no review yet. */
export async function loadReviewExport(db: SupabaseClient, incidentNumber: number): Promise<ReviewExport | null> {
  const [page, people, services] = await Promise.all([getReviewPage(db, incidentNumber), listPeople(db), listServices(db)]);
  if (!page?.review) return null;
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const markdown = reviewToMarkdown({
    incident: page.incident,
    review: page.review,
    names: {
      // Someone since removed from the directory is still named by what is left of them.
      person: (id) => personName.get(id) ?? "A former colleague",
      service: (id) => serviceName.get(id) ?? "A removed service",
    },
  });
  return { incident: page.incident, review: page.review, markdown, fileName: reviewFileName(page.incident) };
}
