import { REVIEW_STATE_LABELS, type ReviewState } from "@/lib/reviews/model";

const TONE: Record<ReviewState, string> = {
  draft: "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100",
  in_review: "border-sky-400 bg-sky-50 text-sky-950 dark:border-sky-600 dark:bg-sky-950 dark:text-sky-100",
  published: "border-green-500 bg-green-50 text-green-950 dark:border-green-600 dark:bg-green-950 dark:text-green-100",
};

/** "Draft", "In review", "Published": the word carries the meaning, the colour only helps. */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${TONE[state]}`}>
      {REVIEW_STATE_LABELS[state]}
    </span>
  );
}
