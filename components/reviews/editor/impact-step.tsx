"use client";
// Impact: durations computed from the timeline (shown, never typed), who was affected and how
// much, services, SLA/SLO, and the severity confirmed — or changed on the incident itself.
import { useState, useTransition } from "react";
import { ServicePicker } from "@/components/incidents/service-picker";
import { SeverityBadge, SeverityPicker } from "@/components/incidents/severity-picker";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass } from "@/components/ui/field";
import type { Severity } from "@/lib/incidents/model";
import type { ServiceOption } from "@/lib/incidents/queries";
import { formatDuration } from "@/lib/incidents/timers";
import { computeDurations, DURATIONS, unknownReason } from "@/lib/reviews/durations";
import { AFFECTED_WHO, STEP_GUIDANCE, STEP_LABELS, type Affected, type TimelineEntry } from "@/lib/reviews/model";
import { AFFECTED_AMOUNT_MESSAGE, LIMITS, parseAffectedAmount } from "@/lib/reviews/schema";
import type { SectionSync } from "./section-sync";
import { LongText, StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

const amountText = (a: Affected | null) => (a ? (a.kind === "percent" ? `${a.value}%` : a.value.toLocaleString("en")) : "");

export function ImpactStep({
  sync,
  entries,
  severity,
  severities,
  services,
  changeSeverity,
}: {
  sync: SectionSync<"impact">;
  entries: TimelineEntry[];
  /** The incident's severity now. */
  severity: string;
  severities: Severity[];
  services: ServiceOption[];
  /** editIncident on the incident; resolves to an error message, or null when it worked. */
  changeSeverity: (to: string) => Promise<string | null>;
}) {
  const { content, errors } = useSection(sync);
  const set = (patch: Partial<typeof content>) => sync.edit({ ...content, ...patch });
  const durations = computeDurations(entries);
  const [amount, setAmount] = useState(() => amountText(content.affected));
  const [who, setWho] = useState(content.affected?.who ?? "users");
  const amountError = amount.trim() && !parseAffectedAmount(amount) ? AFFECTED_AMOUNT_MESSAGE : errors["affected.value"];
  const [chosen, setChosen] = useState(content.severity_confirmed ?? severity);
  const [severityError, setSeverityError] = useState<string | null>(null);
  const [changing, startChanging] = useTransition();

  const setAffected = (text: string, w: typeof who) => {
    setAmount(text);
    setWho(w);
    if (!text.trim()) return set({ affected: null });
    const parsed = parseAffectedAmount(text);
    if (parsed) set({ affected: { who: w, ...parsed } });
  };

  return (
    <section aria-labelledby="step-impact" className="space-y-6">
      <StepIntro id="step-impact" title={STEP_LABELS.impact} guidance={STEP_GUIDANCE.impact} />

      <div>
        <h3 className="mb-2 font-semibold">Durations, from the timeline</h3>
        <dl className="grid grid-cols-2 gap-2 lg:grid-cols-3" data-testid="durations">
          {DURATIONS.map((name) => {
            const d = durations[name];
            return (
              <div key={name} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                <dt className="text-sm text-slate-700 dark:text-slate-300">{d.label}</dt>
                <dd className="font-semibold">{d.ms !== null ? formatDuration(d.ms) : "Unknown"}</dd>
                {d.ms === null && <dd className="text-xs text-slate-600 dark:text-slate-400">{unknownReason(d)}</dd>}
              </div>
            );
          })}
        </dl>
      </div>

      <LongText
        id="impact-customer"
        label="Customer impact"
        hint="Who could not do what, in their words."
        maxLength={LIMITS.longText}
        value={content.customer_impact}
        error={errors.customer_impact}
        onChange={(v) => set({ customer_impact: v })}
      />

      <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,20rem)]">
        <Field id="impact-who" label="Affected">
          <select id="impact-who" className={selectClass} value={who} onChange={(e) => setAffected(amount, e.target.value as typeof who)}>
            {AFFECTED_WHO.map((w) => (
              <option key={w} value={w}>
                {w === "users" ? "Users" : "Requests"}
              </option>
            ))}
          </select>
        </Field>
        <Field id="impact-amount" label="How many" hint="A number (1200) or a percentage (8%)" error={amountError}>
          <TextInput id="impact-amount" inputMode="decimal" value={amount} error={amountError} hint onChange={(e) => setAffected(e.target.value, who)} />
        </Field>
      </div>

      <ServicePicker name="impact-services" services={services} value={content.service_ids} onChange={(ids) => set({ service_ids: ids })} error={errors.service_ids} />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Was an SLA or SLO breached?</legend>
        <div className="flex gap-2">
          {([true, false] as const).map((v) => (
            <label key={String(v)} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-slate-600 dark:has-[:checked]:bg-blue-950">
              <input type="radio" name="impact-slo" checked={content.slo_breached === v} onChange={() => set({ slo_breached: v })} />
              {v ? "Yes" : "No"}
            </label>
          ))}
        </div>
      </fieldset>
      {content.slo_breached && (
        <LongText id="impact-slo-details" label="Which one, and by how much" rows={2} maxLength={LIMITS.shortText} value={content.slo_details} error={errors.slo_details} onChange={(v) => set({ slo_details: v })} />
      )}

      <div className="space-y-3">
        <SeverityPicker name="impact-severity" severities={severities} value={chosen} onChange={setChosen} error={severityError ?? errors.severity_confirmed} />
        <p className="text-sm" data-testid="severity-state">
          The incident is <SeverityBadge severity={severity} />.{" "}
          {content.severity_confirmed === severity ? "Severity confirmed." : "Not confirmed yet."}
        </p>
        {chosen === severity ? (
          <Button type="button" variant="secondary" disabled={content.severity_confirmed === severity} onClick={() => set({ severity_confirmed: severity })}>
            Confirm {severity}
          </Button>
        ) : (
          <Button
            type="button"
            variant="secondary"
            disabled={changing}
            onClick={() =>
              startChanging(async () => {
                const error = await changeSeverity(chosen);
                setSeverityError(error);
                if (!error) set({ severity_confirmed: chosen });
              })
            }
          >
            {changing ? "Changing…" : `Change the incident to ${chosen}`}
          </Button>
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">A change is made on the incident itself and shows on its timeline.</p>
      </div>
    </section>
  );
}
