"use client";
// The progress indicator, and the way between steps: real links (?step=impact, so a reload or a
// shared link lands on the same step), moved between without a server round trip.
import { REVIEW_STEPS, STEP_LABELS, type ReviewStep } from "@/lib/reviews/model";
import type { StepProgress } from "@/lib/reviews/publish-rules";

export const stepHref = (step: ReviewStep) => `?step=${step}`;

const MARK: Record<StepProgress, { sign: string; words: string; tone: string }> = {
  complete: { sign: "✓", words: "complete", tone: "bg-green-700 text-white dark:bg-green-400 dark:text-slate-950" },
  incomplete: { sign: "", words: "still missing something", tone: "border border-slate-400 text-slate-700 dark:text-slate-200" },
  optional: { sign: "–", words: "optional for this severity", tone: "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-100" },
};

export function StepNav({
  current,
  progress,
  go,
}: {
  current: ReviewStep;
  progress: Record<ReviewStep, StepProgress>;
  go: (step: ReviewStep) => void;
}) {
  const done = REVIEW_STEPS.filter((s) => s !== "publish" && progress[s] !== "incomplete").length;
  return (
    <nav aria-label="Review steps" className="min-w-0">
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        {done} of {REVIEW_STEPS.length - 1} sections ready
      </p>
      <ol className="flex flex-wrap gap-1 lg:flex-col">
        {REVIEW_STEPS.map((s, i) => {
          const mark = MARK[progress[s]];
          const here = s === current;
          return (
            <li key={s} className="shrink-0">
              <a
                href={stepHref(s)}
                aria-current={here ? "step" : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  go(s);
                }}
                className={`flex min-h-10 items-center gap-2 rounded-md px-2 text-sm ${
                  here ? "bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100" : "hover:bg-slate-100 dark:hover:bg-slate-800"
                }`}
              >
                <span aria-hidden className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs ${mark.tone}`}>
                  {mark.sign || i + 1}
                </span>
                <span className="whitespace-nowrap">{STEP_LABELS[s]}</span>
                <span className="sr-only">({mark.words})</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
