"use client";
// The autosave line at the top of the editor, read out politely when it changes.
import { formatTimeOfDay, wallTimeAt } from "@/lib/oncall/zoned-time";
import { PUBLISHED_MESSAGE } from "@/lib/reviews/db-errors";
import type { SectionSaveState } from "@/lib/reviews/save-status";

function words(state: SectionSaveState, timeZone: string): { text: string; tone: string } {
  switch (state.kind) {
    case "idle":
      return { text: "Changes save as you type", tone: "text-slate-600 dark:text-slate-400" };
    case "pending":
    case "saving":
      return { text: "Saving…", tone: "text-slate-700 dark:text-slate-300" };
    case "saved": {
      const w = wallTimeAt(timeZone, state.at);
      return { text: `Saved ${formatTimeOfDay({ hour: w.hour, minute: w.minute })}`, tone: "text-green-800 dark:text-green-300" };
    }
    case "offline":
      return { text: "Offline — kept on this device", tone: "text-amber-800 dark:text-amber-300" };
    case "retrying":
      if (state.message === PUBLISHED_MESSAGE) {
        return { text: "Not saved — this review was published meanwhile; your words are kept on this device", tone: "text-red-700 dark:text-red-300" };
      }
      return { text: `Couldn't save — retrying (${state.message.replace(/\.$/, "")})`, tone: "text-red-700 dark:text-red-300" };
    case "invalid":
      return { text: "Not saved — fix the marked field (kept on this device)", tone: "text-red-700 dark:text-red-300" };
    case "conflict":
      return { text: `Not saved — ${state.by} changed the same section`, tone: "text-red-700 dark:text-red-300" };
  }
}

export function SaveStatus({ state, timeZone }: { state: SectionSaveState; timeZone: string }) {
  const { text, tone } = words(state, timeZone);
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}
