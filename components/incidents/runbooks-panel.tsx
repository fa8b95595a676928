"use client";
// Runbooks during an incident: suggestions from the incident's services and severity, "use this
// runbook", and its checklist with ticks stored per incident (and told on the timeline).
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useIncidentAction } from "./use-incident-action";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import { attachRunbook, tickRunbookStep } from "@/lib/incidents/actions";
import type { AttachedRunbook, Incident } from "@/lib/incidents/model";
import { checklistChanged, suggestRunbooks, type RunbookSummary } from "@/lib/incidents/runbook-suggestions";
import type { Person } from "@/lib/people/person";
import { incidentKeys } from "./data";


export function RunbooksPanel({
  incident,
  attached,
  catalog,
  serviceSlugs,
  people,
  timeZone,
  onChanged,
}: {
  incident: Incident;
  attached: AttachedRunbook[];
  catalog: RunbookSummary[];
  serviceSlugs: string[];
  people: Map<string, Person>;
  timeZone: string;
  onChanged: () => void;
}) {
  const queryClient = useQueryClient();
  const { run, pending, error, setError } = useIncidentAction(onChanged);
  // A tick shows at once and stays as ticked until its save is done and a refetch that started
  // after it has landed: a refetch already in flight (the live feed, a reconnect) would otherwise
  // bring back the old state for a moment and undo the box under the person's finger.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const tick = (slug: string, step: number, ticked: boolean) => {
    const key = `${slug}#${step}`;
    setTicking((t) => ({ ...t, [key]: ticked }));
    setError(null);
    void (async () => {
      const r = await tickRunbookStep({ incident_id: incident.id, slug, step, ticked }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; the tick was not saved. Try again.",
      }));
      if (!r.ok) setError(r.message);
      await queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incident.number) }).catch(() => {});
      setTicking(({ [key]: _done, ...rest }) => rest);
    })();
  };
  const suggestions = suggestRunbooks(catalog, { serviceSlugs, severity: incident.severity }, new Set(attached.map((a) => a.slug)));
  const bySlug = new Map(catalog.map((r) => [r.slug, r]));

  return (
    <section aria-labelledby="runbooks-title" className="space-y-3">
      <h2 id="runbooks-title" className="text-lg font-semibold">
        Runbooks
      </h2>
      {attached.map((a) => (
        <Checklist
          key={a.slug}
          runbook={a}
          current={bySlug.get(a.slug)?.steps ?? null}
          people={people}
          timeZone={timeZone}
          ticking={ticking}
          onTick={(step, ticked) => tick(a.slug, step, ticked)}
        />
      ))}
      {suggestions.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">Suggested for this incident</h3>
          <ul className="space-y-2">
            {suggestions.map((s) => (
              <li key={s.slug} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
                <div className="min-w-0">
                  <Link href={`/runbooks/${s.slug}`} className="font-medium underline">
                    {s.title}
                  </Link>
                  <p className="text-xs text-slate-600 dark:text-slate-400">Suggested because it is {s.why}.</p>
                </div>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => run(() => attachRunbook({ incident_id: incident.id, slug: s.slug }))}
                >
                  Use this runbook<span className="sr-only">: {s.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {attached.length === 0 && suggestions.length === 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          No runbook matches this incident&apos;s services or severity. <Link href="/runbooks" className="underline">Browse all runbooks</Link>.
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}

function Checklist({
  runbook,
  current,
  people,
  timeZone,
  ticking,
  onTick,
}: {
  /** Ticks being saved, by "slug#step": shown as the person set them until the save is confirmed. */
  ticking: Record<string, boolean>;
  runbook: AttachedRunbook;
  current: string[] | null;
  people: Map<string, Person>;
  timeZone: string;
  onTick: (step: number, ticked: boolean) => void;
}) {
  const ticks = new Map(runbook.runbook_step_ticks.map((t) => [t.step, t]));
  const isTicked = (step: number) => ticking[`${runbook.slug}#${step}`] ?? ticks.has(step);
  const done = runbook.steps.filter((_s, step) => isTicked(step)).length;
  const id = `rb-${runbook.slug}`;
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid={`checklist-${runbook.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="font-semibold">
          <Link href={`/runbooks/${runbook.slug}`} className="underline">
            {runbook.title}
          </Link>
        </h3>
        <span className="text-sm text-slate-700 dark:text-slate-300">
          {done} of {runbook.steps.length} done
        </span>
      </div>
      {checklistChanged(runbook.steps, current) && (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          {current
            ? "This runbook has changed since it was attached. The checklist below is the version that was attached, so ticks stay against the steps they were made on; open the runbook for the current text."
            : "This runbook no longer exists. The checklist below is the version that was attached."}
        </p>
      )}
      {runbook.steps.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">This runbook has no checklist steps; follow it from its page.</p>
      ) : (
        <ol aria-labelledby={id} className="mt-2 space-y-1">
          {runbook.steps.map((text, step) => {
            const tick = ticks.get(step);
            return (
              <li key={step}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-900">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0"
                    checked={isTicked(step)}
                    onChange={(e) => onTick(step, e.target.checked)}
                  />
                  <span className={tick ? "text-slate-600 line-through dark:text-slate-400" : ""}>{text}</span>
                </label>
                {tick && (
                  <p className="ml-7 text-xs text-slate-600 dark:text-slate-400">
                    {tick.ticked_by ? (people.get(tick.ticked_by)?.name ?? "someone") : "someone"},{" "}
                    <LocalTime at={new Date(tick.ticked_at)} timeZone={timeZone} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Attached by {runbook.attached_by ? (people.get(runbook.attached_by)?.name ?? "someone") : "someone"},{" "}
        <LocalTime at={new Date(runbook.attached_at)} timeZone={timeZone} />
      </p>
    </div>
  );
}
