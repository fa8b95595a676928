"use client";
// The last step: exactly what is still missing (each a link to the step at fault), then the state
// moves — submit for review, publish, or back to draft. Saves waiting are sent first, so what is
// checked is what was typed.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { publishReview, returnReviewToDraft, submitReview } from "@/lib/reviews/actions";
import { REVIEW_STATE_LABELS, STEP_GUIDANCE, STEP_LABELS, type Review, type ReviewState, type ReviewStep } from "@/lib/reviews/model";
import type { Missing } from "@/lib/reviews/publish-rules";
import { StepIntro } from "./fields";
import { stepHref } from "./step-nav";

export function PublishStep({
  reviewId,
  state,
  missing,
  unsaved,
  settle,
  onState,
  go,
}: {
  reviewId: string;
  state: ReviewState;
  missing: Missing[];
  /** Some section is not on the server yet (offline, conflict, a field to fix). */
  unsaved: boolean;
  settle: () => Promise<void>;
  onState: (r: Review) => void;
  go: (step: ReviewStep) => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [serverMissing, setServerMissing] = useState<Missing[] | null>(null);
  const shown = serverMissing ?? missing;

  const run = (fn: typeof submitReview, after?: () => void) =>
    start(async () => {
      setError(null);
      await settle();
      const r = await fn({ review_id: reviewId }).catch(() => ({ ok: false as const, message: "Beacon could not be reached; nothing changed. Try again." }));
      if (r.ok) {
        setServerMissing(null);
        onState(r.data);
        after?.();
        return;
      }
      setError(r.message);
      if ("missing" in r && Array.isArray(r.missing)) setServerMissing(r.missing as Missing[]);
    });

  return (
    <section aria-labelledby="step-publish" className="space-y-5">
      <StepIntro id="step-publish" title={STEP_LABELS.publish} guidance={STEP_GUIDANCE.publish} />
      <p>
        State: <strong data-testid="review-state">{REVIEW_STATE_LABELS[state]}</strong>
      </p>
      {shown.length > 0 ? (
        <div className="space-y-2" data-testid="missing">
          <h3 className="font-semibold">Still missing before it can be published</h3>
          <ul className="list-disc space-y-1 pl-5">
            {shown.map((m, i) => (
              <li key={i}>
                {m.section === "publish" ? (
                  m.message
                ) : (
                  <a
                    href={stepHref(m.section)}
                    className="text-blue-700 underline dark:text-blue-300"
                    onClick={(e) => {
                      e.preventDefault();
                      go(m.section);
                    }}
                  >
                    {STEP_LABELS[m.section]}: {m.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Notice tone="success">Nothing is missing: this review can be published.</Notice>
      )}
      {unsaved && <Notice tone="info">Some changes are not saved yet; they are sent before the review moves on.</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-3">
        {state === "draft" && (
          <Button type="button" disabled={pending} onClick={() => run(submitReview)}>
            Submit for review
          </Button>
        )}
        {state === "in_review" && (
          <>
            <Button type="button" disabled={pending} onClick={() => run(publishReview, () => router.refresh())}>
              Publish
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => run(returnReviewToDraft)}>
              Return to draft
            </Button>
          </>
        )}
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {state === "draft"
          ? "Submitting asks the team to read it; it stays editable until published."
          : "Publishing makes every section read-only; action item status can still change."}
      </p>
    </section>
  );
}
