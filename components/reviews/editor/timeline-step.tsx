"use client";
// The timeline: entries in time order, each time typed on the timeline's own wall clock (the
// incident's zone) with UTC beside it. Order is restored when a time field is left, not while
// typing, so a row never jumps away from the cursor.
import { Button } from "@/components/ui/button";
import { KEY_TIME_LABELS } from "@/lib/incidents/model";
import { STEP_GUIDANCE, STEP_LABELS, type TimelineEntry } from "@/lib/reviews/model";
import { LIMITS } from "@/lib/reviews/schema";
import { sortTimeline } from "@/lib/reviews/timeline";
import { formatInTimeZone } from "@/lib/time/format";
import { fromLocalInput, toLocalInput } from "@/lib/time/local-input";
import type { SectionSync } from "./section-sync";
import { StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

const inputClass =
  "block w-full min-h-10 rounded-md border bg-white px-3 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 sm:text-sm";
const border = (error?: string) => (error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600");

export function TimelineStep({ sync }: { sync: SectionSync<"timeline"> }) {
  const { content, errors } = useSection(sync);
  const zone = content.time_zone;
  const setEntries = (entries: TimelineEntry[]) => sync.edit({ ...content, entries });
  const update = (id: string, patch: Partial<TimelineEntry>) =>
    setEntries(content.entries.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const resort = () => {
    const sorted = sortTimeline(content.entries);
    if (sorted.some((e, i) => e !== content.entries[i])) setEntries(sorted);
  };
  const add = () => {
    const id = crypto.randomUUID();
    setEntries([...content.entries, { id, at: null, text: "", key: null, source: "person", event_id: null }]);
    // Focus the new row's time once it is drawn.
    requestAnimationFrame(() => document.getElementById(`entry-${id}-at`)?.focus());
  };

  return (
    <section aria-labelledby="step-timeline" className="space-y-4">
      <StepIntro id="step-timeline" title={STEP_LABELS.timeline} guidance={STEP_GUIDANCE.timeline} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Times are in <strong>{zone}</strong>, the incident’s time zone; UTC is shown beside each.
      </p>
      {content.entries.length === 0 && <p className="text-slate-700 dark:text-slate-300">No entries yet.</p>}
      <ol className="space-y-3" aria-label="Timeline entries">
        {content.entries.map((e, i) => {
          const atError = errors[`entries.${i}.at`] ?? errors[`entries.${i}.key`];
          const textError = errors[`entries.${i}.text`];
          const n = i + 1;
          return (
            <li
              key={e.id}
              data-testid="timeline-entry"
              className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[15rem_minmax(0,1fr)_auto] sm:items-start dark:border-slate-700"
            >
              <div className="space-y-1">
                <label htmlFor={`entry-${e.id}-at`} className="block text-sm font-medium">
                  When{e.key ? ` — ${KEY_TIME_LABELS[e.key]}` : ""} <span className="sr-only">(entry {n})</span>
                </label>
                <input
                  id={`entry-${e.id}-at`}
                  type="datetime-local"
                  value={e.at ? toLocalInput(e.at, zone) : ""}
                  onChange={(ev) => update(e.id, { at: ev.target.value ? fromLocalInput(ev.target.value, zone) : null })}
                  onBlur={resort}
                  aria-invalid={atError ? true : undefined}
                  aria-describedby={atError ? `entry-${e.id}-at-error` : `entry-${e.id}-utc`}
                  className={`${inputClass} ${border(atError)}`}
                />
                <p id={`entry-${e.id}-utc`} className="text-xs text-slate-600 dark:text-slate-400">
                  {e.at ? formatInTimeZone(new Date(e.at), "UTC") : "No time yet"}
                </p>
                {atError && (
                  <p id={`entry-${e.id}-at-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
                    {atError}
                  </p>
                )}
              </div>
              <div className="space-y-1">
                <label htmlFor={`entry-${e.id}-text`} className="block text-sm font-medium">
                  What happened <span className="sr-only">(entry {n})</span>
                </label>
                <input
                  id={`entry-${e.id}-text`}
                  type="text"
                  value={e.text}
                  maxLength={LIMITS.timelineText}
                  onChange={(ev) => update(e.id, { text: ev.target.value })}
                  aria-invalid={textError ? true : undefined}
                  aria-describedby={textError ? `entry-${e.id}-text-error` : undefined}
                  className={`${inputClass} ${border(textError)}`}
                />
                {textError && (
                  <p id={`entry-${e.id}-text-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
                    {textError}
                  </p>
                )}
              </div>
              <Button
                type="button"
                variant="quiet"
                className="justify-self-start sm:mt-6"
                aria-label={`Remove entry ${n}${e.text ? `: ${e.text.slice(0, 40)}` : ""}`}
                onClick={() => setEntries(content.entries.filter((x) => x.id !== e.id))}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button type="button" variant="secondary" onClick={add} disabled={content.entries.length >= LIMITS.timelineEntries}>
        Add an entry
      </Button>
    </section>
  );
}
