"use client";
// The guided review form: steps on the left (a progress indicator you can jump around in), one
// step at a time on the right, and the autosave status always in view at the top.
import { useEffect, useRef, useState } from "react";
import type { Severity } from "@/lib/incidents/model";
import type { ServiceOption } from "@/lib/incidents/queries";
import { editIncident, type EditConflict } from "@/lib/incidents/actions";
import type { Person } from "@/lib/people/person";
import { incidentRef } from "@/lib/incidents/ref";
import { REVIEW_STEPS, SECTIONS, type ActionItem, type ReviewDocument, type ReviewIncident, type ReviewStep, type Section, type SectionContents } from "@/lib/reviews/model";
import { missingForPublish, stepProgress } from "@/lib/reviews/publish-rules";
import { ActionItemsStep } from "./action-items-step";
import { ConflictPanel } from "./conflict-panel";
import { ImpactStep } from "./impact-step";
import { LessonsStep } from "./lessons-step";
import { PublishStep } from "./publish-step";
import { RootCauseStep } from "./root-cause-step";
import { SaveStatus } from "./save-status";
import { StepNav, stepHref } from "./step-nav";
import { SummaryStep } from "./summary-step";
import { TimelineStep } from "./timeline-step";
import { useAllSections, useReviewSyncs } from "./use-review-sync";

const isStep = (s: string | null): s is ReviewStep => REVIEW_STEPS.includes(s as ReviewStep);

export function ReviewEditor({
  incident: initialIncident,
  review,
  severities,
  services,
  people,
  me,
  today,
  initialStep,
}: {
  incident: ReviewIncident;
  review: ReviewDocument;
  severities: Severity[];
  services: ServiceOption[];
  people: Person[];
  me: Pick<Person, "id" | "time_zone">;
  /** YYYY-MM-DD in the viewer's zone: where default due dates count from. */
  today: string;
  initialStep: ReviewStep;
}) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "Someone") : "Someone");
  const syncs = useReviewSyncs(review, incidentRef(initialIncident.number), me.id, nameOf);
  const { snapshots, combined, unsaved } = useAllSections(syncs);
  const [incident, setIncident] = useState(initialIncident);
  const [items, setItems] = useState<ActionItem[]>(review.action_items);
  const [state, setState] = useState(review.state);
  const [step, setStep] = useState<ReviewStep>(initialStep);
  const stepRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Back and forward move between steps too.
  useEffect(() => {
    const pop = () => {
      const s = new URLSearchParams(window.location.search).get("step");
      setStep(isStep(s) ? s : "summary");
    };
    window.addEventListener("popstate", pop);
    return () => window.removeEventListener("popstate", pop);
  }, []);

  // After a move, the new step's heading takes focus, so keyboard and screen reader users start there.
  useEffect(() => {
    if (!moved.current) return;
    stepRef.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [step]);

  const sectionOf = (s: ReviewStep): Section | null => (s === "publish" ? null : s);
  function go(next: ReviewStep) {
    const current = sectionOf(step);
    if (current) syncs[current].flush();
    moved.current = true;
    setStep(next);
    window.history.pushState(null, "", stepHref(next));
    stepRef.current?.scrollIntoView({ block: "start" });
  }

  const contents = Object.fromEntries(SECTIONS.map((s) => [s, snapshots[s].content])) as unknown as SectionContents;
  const publishInput = { severity: incident.severity, incidentResolved: incident.status === "resolved", sections: contents, actionItems: items };
  const progress = stepProgress(publishInput);

  async function changeSeverity(to: string): Promise<string | null> {
    const r = await editIncident({ incident_id: incident.id, version: incident.version, changes: { severity: to } }).catch(() => ({
      ok: false as const,
      message: "Beacon could not be reached; the severity did not change. Try again.",
    }));
    if (r.ok) {
      setIncident((i) => ({ ...i, severity: r.data.severity, version: r.data.version }));
      return null;
    }
    const conflict = (r as Partial<EditConflict>).conflict;
    if (conflict) {
      const theirs = conflict.incident;
      setIncident((i) => ({ ...i, severity: theirs.severity, version: theirs.version }));
    }
    return r.message;
  }

  const current = sectionOf(step);
  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 dark:border-slate-800 dark:bg-slate-950/95">
        <SaveStatus state={combined} timeZone={me.time_zone} />
        {SECTIONS.some((s) => snapshots[s].deviceFull) && (
          <p className="text-sm text-amber-800 dark:text-amber-300">
            This browser is not keeping a copy on this device (storage is full or turned off): stay online until it says Saved.
          </p>
        )}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <StepNav current={step} progress={progress} go={go} />
        <div
          ref={stepRef}
          className="min-w-0 scroll-mt-16 space-y-4 [&_h2]:outline-none"
          // Leaving a field saves now rather than in 800 ms.
          onBlur={() => current && syncs[current].flush()}
        >
          {current && <ConflictPanel key={current} sync={syncs[current] as never} />}
          {step === "summary" && <SummaryStep sync={syncs.summary} />}
          {step === "timeline" && <TimelineStep sync={syncs.timeline} />}
          {step === "impact" && (
            <ImpactStep
              key={snapshots.impact.generation}
              sync={syncs.impact}
              entries={snapshots.timeline.content.entries}
              severity={incident.severity}
              severities={severities}
              services={services}
              changeSeverity={changeSeverity}
            />
          )}
          {step === "root_cause" && <RootCauseStep sync={syncs.root_cause} />}
          {step === "action_items" && (
            <ActionItemsStep sync={syncs.action_items} reviewId={review.id} items={items} setItems={setItems} severity={incident.severity} today={today} people={people} />
          )}
          {step === "lessons" && <LessonsStep sync={syncs.lessons} />}
          {step === "publish" && (
            <PublishStep
              reviewId={review.id}
              state={state}
              missing={missingForPublish(publishInput)}
              unsaved={unsaved}
              settle={() => Promise.all(SECTIONS.map((s) => syncs[s].settle())).then(() => undefined)}
              onState={(r) => setState(r.state)}
              go={go}
            />
          )}
        </div>
      </div>
    </div>
  );
}
