import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublishedView } from "@/components/reviews/editor/published-view";
import { ReviewEditor } from "@/components/reviews/editor/review-editor";
import { ReviewHeader } from "@/components/reviews/editor/review-header";
import { StartReview } from "@/components/reviews/editor/start-review";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listIncidentOptions } from "@/lib/incidents/queries";
import { incidentRef, parseIncidentRef } from "@/lib/incidents/ref";
import { REVIEW_STEPS, todayIn, type ReviewStep } from "@/lib/reviews/model";
import { getReviewPage } from "@/lib/reviews/queries";

type Props = { params: Promise<{ ref: string }>; searchParams: Promise<{ step?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseIncidentRef((await params).ref);
  return { title: number ? `Review of ${incidentRef(number)}` : "Review" };
}

function Calm({ children }: { children: React.ReactNode }) {
  return <div className="max-w-prose space-y-3 rounded-lg border border-slate-200 p-6 dark:border-slate-800">{children}</div>;
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const me = await requirePerson();
  const number = parseIncidentRef((await params).ref);
  if (number === null) notFound();
  const db = await dbAs(me);
  const [page, options] = await Promise.all([getReviewPage(db, number), listIncidentOptions(db)]);
  if (!page) notFound();
  const { incident, review } = page;
  const ref = incidentRef(number);

  if (!review) {
    const resolved = incident.status === "resolved";
    return (
      <>
        <ReviewHeader incident={incident} state={null} />
        <Calm>
          {resolved ? (
            <>
              <p>Nobody has started the review of this incident yet.</p>
              <p className="text-slate-700 dark:text-slate-300">
                Starting it fills the timeline from the incident’s key times, notes and pinned events; everyone can then write it together.
              </p>
              <StartReview incidentId={incident.id} />
            </>
          ) : (
            <>
              <p>This incident is still open, so there is nothing to review yet.</p>
              <p className="text-slate-700 dark:text-slate-300">Once it is resolved, its review can be started here or from the incident.</p>
              <Link href={`/incidents/${ref}`} className="text-blue-700 underline dark:text-blue-300">
                Back to {ref}
              </Link>
            </>
          )}
        </Calm>
      </>
    );
  }

  if (review.state === "published") {
    return (
      <>
        <ReviewHeader incident={incident} state={review.state} />
        <PublishedView
          incidentRef={ref}
          review={review}
          names={Object.fromEntries(options.people.map((p) => [p.id, p.name]))}
          services={Object.fromEntries(options.services.map((s) => [s.id, s.name]))}
        />
      </>
    );
  }

  const asked = (await searchParams).step;
  const step = REVIEW_STEPS.find((s) => s === asked) ?? ("summary" satisfies ReviewStep);
  return (
    <>
      <ReviewHeader incident={incident} state={review.state} />
      <ReviewEditor
        incident={incident}
        review={review}
        severities={options.severities}
        services={options.services}
        people={options.people}
        me={{ id: me.id, time_zone: me.time_zone }}
        today={todayIn(me.time_zone)}
        initialStep={step}
      />
    </>
  );
}
