"use client";
import { STEP_GUIDANCE, STEP_LABELS } from "@/lib/reviews/model";
import { LIMITS } from "@/lib/reviews/schema";
import type { SectionSync } from "./section-sync";
import { LongText, StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

export function SummaryStep({ sync }: { sync: SectionSync<"summary"> }) {
  const { content, errors } = useSection(sync);
  return (
    <section aria-labelledby="step-summary" className="space-y-4">
      <StepIntro id="step-summary" title={STEP_LABELS.summary} guidance={STEP_GUIDANCE.summary} />
      <LongText
        id="summary-text"
        label="Summary"
        rows={8}
        maxLength={LIMITS.longText}
        value={content.text}
        error={errors.text}
        onChange={(text) => sync.edit({ ...content, text })}
      />
    </section>
  );
}
