import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { PrintButton } from "@/components/reviews/print-button";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { incidentRef, parseIncidentRef } from "@/lib/incidents/ref";
import { loadReviewExport } from "@/lib/reviews/export-load";

type Params = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const number = parseIncidentRef((await params).ref);
  return { title: number ? `${incidentRef(number)} review (print)` : "Review" };
}

// Document styles for the review: the markdown's own headings are the page outline; a table
// head with no words (the export's facts table) is not drawn as an empty row. The app's
// header and navigation are hidden on paper by globals.css (@media print: header, nav, .no-print).
const DOCUMENT =
  "max-w-[80ch] [&_h1]:mb-4 [&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:tracking-tight [&_h2]:mt-8 [&_h2]:mb-2 [&_h2]:border-b " +
  "[&_h2]:border-slate-300 [&_h2]:pb-1 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-1 [&_h3]:text-base [&_h3]:font-semibold " +
  "[&_table]:text-sm [&_thead:not(:has(th:not(:empty)))]:hidden print:text-black [&_h2]:break-after-avoid [&_h3]:break-after-avoid [&_tr]:break-inside-avoid";

/** The review as the markdown export says it, ready for paper: the same words, nothing else. */
export default async function ReviewPrintPage({ params }: Params) {
  const me = await requirePerson();
  const number = parseIncidentRef((await params).ref);
  if (number === null) notFound();
  const found = await loadReviewExport(await dbAs(me), number);
  if (!found) notFound();
  const ref = incidentRef(number);

  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <PrintButton />
        <a href={`/reviews/${ref}/export`} download={found.fileName} className="underline">
          Download as markdown
        </a>
        <Link href={`/reviews/${ref}`} className="underline">
          Back to the review
        </Link>
      </div>
      <article className={DOCUMENT}>
        <SafeMarkdown source={found.markdown} outline />
      </article>
    </>
  );
}
