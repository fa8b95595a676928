"use client";
import { STEP_GUIDANCE, STEP_LABELS, type LessonsContent } from "@/lib/reviews/model";
import { LIMITS } from "@/lib/reviews/schema";
import type { SectionSync } from "./section-sync";
import { LongText, StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

const FIELDS: { key: keyof LessonsContent; label: string; hint: string }[] = [
  { key: "went_well", label: "What went well", hint: "Tools, habits and decisions worth keeping." },
  { key: "went_wrong", label: "What went wrong", hint: "What slowed the response or made it harder." },
  { key: "lucky", label: "Where we got lucky", hint: "What saved us by chance rather than by design." },
];

export function LessonsStep({ sync }: { sync: SectionSync<"lessons"> }) {
  const { content, errors } = useSection(sync);
  return (
    <section aria-labelledby="step-lessons" className="space-y-4">
      <StepIntro id="step-lessons" title={STEP_LABELS.lessons} guidance={STEP_GUIDANCE.lessons} />
      {FIELDS.map((f) => (
        <LongText
          key={f.key}
          id={`lessons-${f.key}`}
          label={f.label}
          hint={f.hint}
          maxLength={LIMITS.longText}
          value={content[f.key]}
          error={errors[f.key]}
          onChange={(v) => sync.edit({ ...content, [f.key]: v })}
        />
      ))}
    </section>
  );
}
