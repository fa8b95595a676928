// The one autosave status the review editor shows at the top, from each section's own. Pure.
// The worst news wins: a person must hear about a conflict or a failing save before "Saved".

export type SectionSaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  | { kind: "offline" }
  | { kind: "retrying"; message: string }
  | { kind: "invalid" }
  | { kind: "conflict"; by: string };

const RANK: Record<SectionSaveState["kind"], number> = {
  conflict: 7,
  retrying: 6,
  invalid: 5,
  offline: 4,
  saving: 3,
  pending: 2,
  saved: 1,
  idle: 0,
};

/** The state to show for all sections together; "saved" carries the latest save time. */
export function combineSaveStates(states: readonly SectionSaveState[]): SectionSaveState {
  let worst: SectionSaveState = { kind: "idle" };
  let lastSaved = 0;
  for (const s of states) {
    if (s.kind === "saved") lastSaved = Math.max(lastSaved, s.at);
    if (RANK[s.kind] > RANK[worst.kind]) worst = s;
  }
  return worst.kind === "saved" ? { kind: "saved", at: lastSaved } : worst;
}

/** Pending, in flight, or kept only on this device: leaving now would strand words here. */
export const isUnsaved = (s: SectionSaveState) =>
  s.kind === "pending" || s.kind === "saving" || s.kind === "offline" || s.kind === "retrying" || s.kind === "invalid" || s.kind === "conflict";
