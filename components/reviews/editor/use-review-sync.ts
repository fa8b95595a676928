"use client";
// The six section syncs of one review, and what they share: the network coming and going, the
// warning before leaving with a save pending, and a poll that tells a person early when someone
// else is saving the same section.
import { useEffect, useState, useSyncExternalStore } from "react";
import { SECTIONS, type ReviewDocument, type Section } from "@/lib/reviews/model";
import type { SectionVersion } from "@/lib/reviews/queries";
import { combineSaveStates, isUnsaved, type SectionSaveState } from "@/lib/reviews/save-status";
import { SectionSync, type SyncSnapshot } from "./section-sync";

export type ReviewSyncs = { [S in Section]: SectionSync<S> };

const POLL_MS = 15_000;

export function useReviewSyncs(review: ReviewDocument, incidentRef: string, meId: string, nameOf: (id: string | null) => string): ReviewSyncs {
  const [syncs] = useState(
    () =>
      Object.fromEntries(
        SECTIONS.map((s) => [s, new SectionSync(review.id, s, review.sections[s] as never, meId, nameOf)]),
      ) as unknown as ReviewSyncs,
  );

  useEffect(() => {
    for (const s of SECTIONS) syncs[s].restoreLocal(review.sections[s] as never);
    const up = () => SECTIONS.forEach((s) => syncs[s].wentOnline());
    const down = () => SECTIONS.forEach((s) => syncs[s].wentOffline());
    const leaving = (e: BeforeUnloadEvent) => {
      if (!SECTIONS.some((s) => syncs[s].unsaved)) return;
      e.preventDefault();
      e.returnValue = "";
    };
    // Leaving the page (or hiding the tab on a phone): save what is waiting now, not in 800 ms.
    const hidden = () => {
      if (document.visibilityState === "hidden") SECTIONS.forEach((s) => syncs[s].flush());
    };
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    window.addEventListener("beforeunload", leaving);
    document.addEventListener("visibilitychange", hidden);

    const poll = setInterval(async () => {
      if (document.visibilityState !== "visible" || navigator.onLine === false) return;
      try {
        const res = await fetch(`/api/reviews/${incidentRef}/versions`, { cache: "no-store" });
        if (!res.ok) return;
        const versions = (await res.json()) as Partial<Record<Section, SectionVersion>>;
        for (const s of SECTIONS) {
          const v = versions[s];
          if (v) syncs[s].noteServerVersion(v);
        }
      } catch {
        // Offline or restarting: the next poll tries again; saves report their own trouble.
      }
    }, POLL_MS);

    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      window.removeEventListener("beforeunload", leaving);
      document.removeEventListener("visibilitychange", hidden);
      clearInterval(poll);
      // Leaving the editor inside the app (a link, the back button): send what is waiting.
      SECTIONS.forEach((s) => syncs[s].flush());
    };
    // Once per mount: the syncs hold the review from here on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [syncs]);

  return syncs;
}

export function useSection<S extends Section>(sync: SectionSync<S>): SyncSnapshot<S> {
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
}

/** Every section's state, for the status line and the progress marks. */
export function useAllSections(syncs: ReviewSyncs) {
  const summary = useSection(syncs.summary);
  const timeline = useSection(syncs.timeline);
  const impact = useSection(syncs.impact);
  const root_cause = useSection(syncs.root_cause);
  const action_items = useSection(syncs.action_items);
  const lessons = useSection(syncs.lessons);
  const all = { summary, timeline, impact, root_cause, action_items, lessons };
  const states: SectionSaveState[] = SECTIONS.map((s) => all[s].state);
  return { snapshots: all, combined: combineSaveStates(states), unsaved: states.some(isUnsaved) };
}
