"use client";
// On a resolved incident's page: "Start review", or "Open review" once one exists. Whether one
// exists is asked of /api/reviews/[ref]/state, keyed under ["incidents"] so the live feed's
// refresh keeps it current when someone else starts the review.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { incidentKeys } from "@/components/incidents/data";
import { incidentRef } from "@/lib/incidents/ref";
import { REVIEW_STATE_LABELS, type ReviewState } from "@/lib/reviews/model";
import { StartReviewButton } from "./start-review-button";

async function fetchReviewState(number: number): Promise<ReviewState | null> {
  const res = await fetch(`/api/reviews/${incidentRef(number)}/state`, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${res.status}`);
  return ((await res.json()) as { state: ReviewState | null }).state;
}

export function IncidentReviewAction({ incidentId, incidentNumber }: { incidentId: string; incidentNumber: number }) {
  const { data: state, isPending, isError } = useQuery({
    queryKey: [...incidentKeys.detail(incidentNumber), "review"],
    queryFn: () => fetchReviewState(incidentNumber),
  });
  // While unknown, offer nothing rather than a button that may be the wrong one; starting twice
  // would be harmless anyway (startReview returns the existing review).
  if (isPending) return null;
  if (isError || state === null) return <StartReviewButton incidentId={incidentId} incidentNumber={incidentNumber} variant="secondary" />;
  return (
    <Link
      href={`/reviews/${incidentRef(incidentNumber)}`}
      className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      Open review
      <span className="ml-1 font-normal text-slate-600 dark:text-slate-300">({REVIEW_STATE_LABELS[state].toLowerCase()})</span>
    </Link>
  );
}
