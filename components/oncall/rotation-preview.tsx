"use client";
// What the rotation being edited will do, recomputed as the lead types (GoAlert's form does the
// same): the next handoffs, who is on call right now if it changes, and hours gained or lost per
// person over the next four weeks. All from the pure lib/oncall code the server uses too.
import { DayTime } from "@/components/oncall/times";
import type { HoursChange, OnCallSwap } from "@/lib/oncall/edit-impact";
import { IMPACT_WEEKS } from "@/lib/oncall/edit-impact";
import type { Handoff } from "@/lib/oncall/handoffs";

const muted = "text-slate-600 dark:text-slate-300";

/** "333 h", "2.5 h": tenths only where they matter. */
export function hoursText(h: number): string {
  return `${h >= 10 || Number.isInteger(h) ? Math.round(h) : h.toFixed(1)} h`;
}

/** "Ana Ortiz +56 h (112 → 168 h)". */
export function HoursChanges({ changes, nameOf, isNew }: { changes: HoursChange[]; nameOf: (id: string) => string; isNew: boolean }) {
  if (changes.length === 0) return <p className="text-sm">Nobody&rsquo;s hours change.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {changes.map((c) => (
        <li key={c.personId} className="flex flex-wrap gap-x-2">
          <span className="font-medium">{nameOf(c.personId)}</span>
          {isNew ? (
            <span>{hoursText(c.after)}</span>
          ) : (
            <>
              <span className={c.delta > 0 ? "font-semibold text-green-800 dark:text-green-300" : "font-semibold text-amber-900 dark:text-amber-200"}>
                {c.delta > 0 ? "+" : "−"}
                {hoursText(Math.abs(c.delta))}
              </span>
              <span className={muted}>
                ({hoursText(c.before)} → {hoursText(c.after)})
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function swapText(swap: OnCallSwap, nameOf: (id: string) => string): { now: string; after: string } {
  const list = (ids: string[]) => (ids.length ? ids.map(nameOf).join(" + ") : "nobody");
  return { now: list(swap.before), after: list(swap.after) };
}

export function RotationPreview({
  handoffs,
  changes,
  isNew,
  nameOf,
  rotationZone,
  viewerZone,
  problem,
}: {
  handoffs: Handoff[];
  changes: HoursChange[];
  isNew: boolean;
  nameOf: (id: string) => string;
  rotationZone: string;
  viewerZone: string;
  /** Why there is no preview yet (a field still needs attention). */
  problem: string | null;
}) {
  return (
    <section aria-labelledby="preview-title" aria-live="polite" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="preview-title" className="mb-2 text-lg font-semibold">
        Preview
      </h2>
      {problem ? (
        <p className={`text-sm ${muted}`}>{problem}</p>
      ) : (
        <>
          <h3 className="font-semibold">Next handoffs</h3>
          {handoffs.length === 0 ? (
            <p className="text-sm">No handoffs in sight: everyone&rsquo;s shift is the same person.</p>
          ) : (
            <ol className="mb-4 mt-1 space-y-1 text-sm">
              {handoffs.map((h) => (
                <li key={h.at.toISOString()}>
                  <span className="tabular-nums">
                    <DayTime at={h.at} timeZone={rotationZone} withDate />
                  </span>{" "}
                  <span className={muted}>
                    ({rotationZone}
                    {viewerZone !== rotationZone && (
                      <>
                        ; <DayTime at={h.at} timeZone={viewerZone} /> your time
                      </>
                    )}
                    )
                  </span>
                  : {h.from ? `${nameOf(h.from)} → ` : "first shift: "}
                  <span className="font-medium">{nameOf(h.to)}</span>
                </li>
              ))}
            </ol>
          )}
          <h3 className="font-semibold">{isNew ? `Hours on call, next ${IMPACT_WEEKS} weeks` : `Hours gained or lost, next ${IMPACT_WEEKS} weeks`}</h3>
          <p className={`mb-1 text-xs ${muted}`}>Counts overrides already in place.</p>
          <HoursChanges changes={changes} nameOf={nameOf} isNew={isNew} />
        </>
      )}
    </section>
  );
}
