// Views of a rotation over a range: the handoff instants, the shifts for a calendar, and the preview
// of the next handoffs shown while a rotation is being edited. Pure; built on rotation.ts.

import { shiftAt, shiftsFrom, type Rotation, type Shift } from "./rotation";

export interface Handoff {
  at: Date;
  /** Who hands over; null for the rotation's very first shift. */
  from: string | null;
  /** Who takes over. Equal to `from` when a rotation has one participant. */
  to: string;
  /** The number of the shift that starts here (Shift.index). */
  shiftIndex: number;
}

/** Handoff instants in [from, to), in order. The rotation's first shift start counts as a handoff. */
export function handoffs(rotation: Rotation, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (from >= to) return out;
  for (const shift of shiftsFrom(rotation, from)) {
    if (shift.start >= to) break;
    if (shift.start >= from) out.push(shift.start);
  }
  return out;
}

/** Shifts overlapping [from, to), in order, with their full start and end (not clipped to the range). */
export function shiftsBetween(rotation: Rotation, from: Date, to: Date): Shift[] {
  const out: Shift[] = [];
  if (from >= to) return out;
  for (const shift of shiftsFrom(rotation, from)) {
    if (shift.start >= to) break;
    if (shift.end > from) out.push(shift);
  }
  return out;
}

/** The next `n` handoffs strictly after `after` (so the current shift's own start is not "next"). */
export function nextHandoffs(rotation: Rotation, after: Date, n: number): Handoff[] {
  const out: Handoff[] = [];
  if (n <= 0) return out;
  let previous = shiftAt(rotation, after);
  for (const shift of shiftsFrom(rotation, after)) {
    if (shift.start <= after) continue; // the shift in force at `after`
    out.push({ at: shift.start, from: previous?.participantId ?? null, to: shift.participantId, shiftIndex: shift.index });
    if (out.length === n) break;
    previous = shift;
  }
  return out;
}
