import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { DrillBadge } from "@/components/incidents/incident-header";
import { SeverityBadge } from "@/components/incidents/severity-picker";
import { ReviewStateBadge } from "@/components/reviews/review-state-badge";
import { ReviewsTabs } from "@/components/reviews/reviews-tabs";
import { StartReviewButton } from "@/components/reviews/start-review-button";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { incidentRef } from "@/lib/incidents/ref";
import { parseReviewState } from "@/lib/reviews/list-filters";
import { REVIEW_STATE_LABELS, REVIEW_STATES, todayIn, type ReviewState } from "@/lib/reviews/model";
import { listIncidentsAwaitingReview, listReviews, type ReviewListItem } from "@/lib/reviews/queries";

export const metadata = { title: "Reviews" };

// As on the On call page: below sm each row is a card and each cell shows its column name.
const cell =
  "px-4 py-3 align-top max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-300";
const muted = "text-sm text-slate-600 dark:text-slate-300";

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePerson();
  const state = parseReviewState(await searchParams);
  const db = await dbAs(me);
  const [awaiting, reviews] = await Promise.all([listIncidentsAwaitingReview(db), listReviews(db, { state })]);
  const today = todayIn(me.time_zone);

  return (
    <>
      <PageHeader
        title="Reviews"
        description={<>Post-incident reviews: start one for a resolved incident, follow each to publication. Times are in your zone ({me.time_zone}).</>}
      />
      <ReviewsTabs current="reviews" />

      <section aria-labelledby="awaiting-title" className="mb-10">
        <h2 id="awaiting-title" className="mb-2 text-lg font-semibold">
          Waiting for a review
        </h2>
        {awaiting.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">Every resolved incident has a review. New ones appear here when an incident is resolved.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {awaiting.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-mono font-semibold text-slate-700 dark:text-slate-300">{incidentRef(i.number)}</span>
                    <SeverityBadge severity={i.severity} />
                    {i.drill && <DrillBadge />}
                  </div>
                  <Link href={`/incidents/${incidentRef(i.number)}`} className="mt-1 block font-semibold break-words underline-offset-2 hover:underline">
                    {i.title}
                  </Link>
                  <p className={muted}>
                    Resolved <LocalTime at={new Date(i.resolved_at)} timeZone={me.time_zone} />
                  </p>
                </div>
                <StartReviewButton incidentId={i.id} incidentNumber={i.number} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title" className="mb-2 text-lg font-semibold">
          All reviews
        </h2>
        <StateFilter current={state} />
        {reviews.length === 0 ? (
          <EmptyState title={state ? `No reviews are ${REVIEW_STATE_LABELS[state].toLowerCase()}` : "No reviews yet"}>
            <p>
              {state ? (
                <>
                  Nothing in this state right now.{" "}
                  <Link href="/reviews" className="font-medium underline">
                    Show every review
                  </Link>
                  .
                </>
              ) : (
                "Start one from a resolved incident above or from the incident's page."
              )}
            </p>
          </EmptyState>
        ) : (
          <div className="relative rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                {state ? `Reviews that are ${REVIEW_STATE_LABELS[state].toLowerCase()}` : "Every review"}, with their state and open action items
              </caption>
              <thead className="bg-slate-50 text-slate-700 max-sm:sr-only dark:bg-slate-900 dark:text-slate-200">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Incident</th>
                  <th scope="col" className="px-4 py-3 font-semibold">State</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Open action items</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Last change</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {reviews.map((r) => (
                  <ReviewRow key={r.id} review={r} today={today} timeZone={me.time_zone} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function StateFilter({ current }: { current: ReviewState | undefined }) {
  const choices: [ReviewState | undefined, string][] = [[undefined, "All"], ...REVIEW_STATES.map((s): [ReviewState, string] => [s, REVIEW_STATE_LABELS[s]])];
  return (
    <nav aria-label="Filter reviews by state" className="mb-3 flex flex-wrap gap-2">
      {choices.map(([s, label]) => (
        <Link
          key={label}
          href={s ? `/reviews?state=${s}` : "/reviews"}
          aria-current={s === current ? "page" : undefined}
          className={`rounded-md px-3 py-2 text-sm font-medium ${
            s === current
              ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
              : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
          }`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}

function ReviewRow({ review: r, today, timeZone }: { review: ReviewListItem; today: string; timeZone: string }) {
  const ref = incidentRef(r.incident_number);
  const overdue = r.open_items > 0 && r.next_due_date !== null && r.next_due_date < today;
  // start_review writes every section as it creates the review: an equal time is no edit.
  const edited = r.updated_at !== null && r.updated_at > r.created_at;
  const changed = r.published_at ?? (edited ? r.updated_at! : r.created_at);
  return (
    <tr className="max-sm:block max-sm:py-2">
      <th scope="row" className="px-4 py-3 align-top font-normal max-sm:block max-sm:pb-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-mono font-semibold text-slate-700 dark:text-slate-300">{ref}</span>
          <SeverityBadge severity={r.severity} />
          {r.drill && <DrillBadge />}
        </div>
        <Link href={`/reviews/${ref}`} className="mt-1 block text-base font-semibold break-words underline">
          {r.incident_title}
        </Link>
      </th>
      <td data-label="State" className={cell}>
        <ReviewStateBadge state={r.state} />
      </td>
      <td data-label="Open action items" className={cell}>
        {r.total_items === 0 ? (
          <span className={muted}>None</span>
        ) : r.open_items === 0 ? (
          <span className={muted}>None open, {r.total_items} closed</span>
        ) : (
          <>
            <span className="font-semibold">{r.open_items}</span> of {r.total_items} open
            {overdue && <span className="block font-semibold text-red-700 dark:text-red-300">Some are overdue</span>}
          </>
        )}
      </td>
      <td data-label="Last change" className={cell}>
        {r.published_at ? "Published " : edited ? "Edited " : "Started "}
        <LocalTime at={new Date(changed)} timeZone={timeZone} />
      </td>
    </tr>
  );
}
