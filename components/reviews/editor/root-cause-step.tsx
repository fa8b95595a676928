"use client";
// Root cause: the trigger, the causes, contributing factors (each with a category), a five-whys
// helper (each answer asks why of the one before), and how it was detected.
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import {
  FACTOR_CATEGORIES,
  FACTOR_CATEGORY_LABELS,
  FIVE_WHYS_MAX,
  STEP_GUIDANCE,
  STEP_LABELS,
  type ContributingFactor,
  type FactorCategory,
} from "@/lib/reviews/model";
import { LIMITS } from "@/lib/reviews/schema";
import type { SectionSync } from "./section-sync";
import { LongText, StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

const smallInput =
  "block w-full min-h-10 rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 sm:text-sm";

export function RootCauseStep({ sync }: { sync: SectionSync<"root_cause"> }) {
  const { content, errors } = useSection(sync);
  const set = (patch: Partial<typeof content>) => sync.edit({ ...content, ...patch });
  const factors = content.contributing_factors;
  const setFactor = (id: string, patch: Partial<ContributingFactor>) =>
    set({ contributing_factors: factors.map((f) => (f.id === id ? { ...f, ...patch } : f)) });
  const whys = content.five_whys;

  return (
    <section aria-labelledby="step-root_cause" className="space-y-6">
      <StepIntro id="step-root_cause" title={STEP_LABELS.root_cause} guidance={STEP_GUIDANCE.root_cause} />
      <LongText id="rc-trigger" label="Trigger" hint="The change or event that set it off." rows={2} maxLength={LIMITS.shortText} value={content.trigger} error={errors.trigger} onChange={(v) => set({ trigger: v })} />
      <LongText id="rc-causes" label="Root causes" hint="What made the failure possible, and what made it likely." maxLength={LIMITS.longText} value={content.root_causes} error={errors.root_causes} onChange={(v) => set({ root_causes: v })} />

      <fieldset className="space-y-3">
        <legend className="font-semibold">Contributing factors</legend>
        {factors.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None yet. Most incidents have several.</p>}
        <ul className="space-y-3">
          {factors.map((f, i) => (
            <li key={f.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[13rem_minmax(0,1fr)_auto] sm:items-end dark:border-slate-700">
              <div className="space-y-1">
                <label htmlFor={`factor-${f.id}-category`} className="block text-sm font-medium">
                  Category <span className="sr-only">of factor {i + 1}</span>
                </label>
                <select id={`factor-${f.id}-category`} className={selectClass} value={f.category} onChange={(e) => setFactor(f.id, { category: e.target.value as FactorCategory })}>
                  {FACTOR_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {FACTOR_CATEGORY_LABELS[c]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="space-y-1">
                <label htmlFor={`factor-${f.id}-text`} className="block text-sm font-medium">
                  Factor {i + 1}
                </label>
                <input id={`factor-${f.id}-text`} className={smallInput} maxLength={LIMITS.shortText} value={f.description} onChange={(e) => setFactor(f.id, { description: e.target.value })} />
                {errors[`contributing_factors.${i}.description`] && (
                  <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors[`contributing_factors.${i}.description`]}</p>
                )}
              </div>
              <Button type="button" variant="quiet" className="justify-self-start" aria-label={`Remove factor ${i + 1}`} onClick={() => set({ contributing_factors: factors.filter((x) => x.id !== f.id) })}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <Button
          type="button"
          variant="secondary"
          disabled={factors.length >= LIMITS.factors}
          onClick={() => set({ contributing_factors: [...factors, { id: crypto.randomUUID(), category: "code", description: "" }] })}
        >
          Add a contributing factor
        </Button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-semibold">Five whys</legend>
        <p className="text-sm text-slate-700 dark:text-slate-300">Start from the trigger and ask “why?” — each answer asks why of the one before. Stop when the answer is a decision you can change.</p>
        <ol className="space-y-2">
          {whys.map((w, i) => (
            <li key={i} className="flex items-end gap-2">
              <div className="min-w-0 flex-1 space-y-1">
                <label htmlFor={`why-${i}`} className="block text-sm font-medium">
                  Why? ({i + 1})
                </label>
                <input id={`why-${i}`} className={smallInput} maxLength={LIMITS.whyText} value={w} onChange={(e) => set({ five_whys: whys.map((x, j) => (j === i ? e.target.value : x)) })} />
              </div>
              <Button type="button" variant="quiet" aria-label={`Remove why ${i + 1}`} onClick={() => set({ five_whys: whys.filter((_, j) => j !== i) })}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
        {whys.length < FIVE_WHYS_MAX && (
          <Button type="button" variant="secondary" onClick={() => set({ five_whys: [...whys, ""] })}>
            Ask why{whys.length ? " again" : ""}
          </Button>
        )}
      </fieldset>

      <LongText id="rc-detection-how" label="How was it detected?" rows={2} maxLength={LIMITS.shortText} value={content.detection_how} error={errors.detection_how} onChange={(v) => set({ detection_how: v })} />
      <LongText id="rc-detection-sooner" label="How could it have been detected sooner?" rows={2} maxLength={LIMITS.shortText} value={content.detection_sooner} error={errors.detection_sooner} onChange={(v) => set({ detection_sooner: v })} />
    </section>
  );
}
