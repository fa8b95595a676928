// What an edit to a rotation does to people, shown before and after saving. Pure.
// - Who is on call right now, before and after: a lead reordering or removing participants must see
//   (and confirm) when the person holding the pager changes this instant — never a silent swap.
// - Hours on call per person over the next weeks, before and after: "Ana +56 h, Marcus −56 h".
// Both count the FINAL schedule (rotation + overrides), because that is who actually gets paged.

import { scheduleOf, type RotationSetup } from "./now";

const HOUR_MS = 3_600_000;
/** How far "hours gained or lost" looks ahead. */
export const IMPACT_WEEKS = 4;

/** Hours each person is on call (primary or alongside) in [from, to). */
export function hoursOnCall(setup: RotationSetup, from: Date, to: Date): Map<string, number> {
  const out = new Map<string, number>();
  if (setup.rotation.participants.length === 0) return out;
  for (const block of scheduleOf(setup, from, to)) {
    const hours = (block.end.getTime() - block.start.getTime()) / HOUR_MS;
    for (const id of new Set(block.onCall)) out.set(id, (out.get(id) ?? 0) + hours);
  }
  return out;
}

export interface HoursChange {
  personId: string;
  before: number;
  after: number;
  /** after − before, in hours (rounded to a tenth). */
  delta: number;
}

const tenth = (h: number) => Math.round(h * 10) / 10;

/**
 * Per person, hours on call in [from, to) before and after the edit; only people whose hours change,
 * biggest gain first, then biggest loss. `before` null: a new rotation (everyone gains).
 */
export function hoursChanges(before: RotationSetup | null, after: RotationSetup, from: Date, to: Date): HoursChange[] {
  const old = before ? hoursOnCall(before, from, to) : new Map<string, number>();
  const now = hoursOnCall(after, from, to);
  const out: HoursChange[] = [];
  for (const personId of new Set([...old.keys(), ...now.keys()])) {
    const b = tenth(old.get(personId) ?? 0);
    const a = tenth(now.get(personId) ?? 0);
    const delta = tenth(a - b);
    if (delta !== 0) out.push({ personId, before: b, after: a, delta });
  }
  return out.sort((x, y) => y.delta - x.delta || x.personId.localeCompare(y.personId));
}

/** Who is on call (the final list, primary first) in a rotation at `at`. */
export function onCallAt(setup: RotationSetup, at: Date): string[] {
  if (setup.rotation.participants.length === 0) return [];
  const [block] = scheduleOf(setup, at, new Date(at.getTime() + 1));
  return block?.onCall ?? [];
}

export interface OnCallSwap {
  before: string[];
  after: string[];
}

/** How the edit changes who is on call at `at`, or null when it does not. */
export function onCallSwapAt(before: RotationSetup, after: RotationSetup, at: Date): OnCallSwap | null {
  const b = onCallAt(before, at);
  const a = onCallAt(after, at);
  return b.length === a.length && b.every((id, i) => id === a[i]) ? null : { before: b, after: a };
}

/** The token a lead confirms: the exact new on-call list, so a confirmation of an older preview is stale. */
export function swapToken(swap: OnCallSwap): string {
  return swap.after.join(",") || "nobody";
}
