// Overrides on top of rotation shifts, and the final schedule with the reason for every block. Pure.
//
// Each override covers [start, end) and is one of (GoAlert's add/remove user model):
// - replace: `addId` covers for `removeId` — only while `removeId` is on call; if they are not, the
//   override changes nothing (covering for someone who is off does not put anyone on call);
// - add: `addId` is on call in addition to whoever else is;
// - remove: `removeId` is taken off call; nobody takes their place.

import type { Shift } from "./rotation";

export type OverrideKind = "replace" | "add" | "remove";
interface OverrideRange {
  id: string;
  start: Date;
  end: Date;
}
export type Override =
  | (OverrideRange & { kind: "replace"; removeId: string; addId: string })
  | (OverrideRange & { kind: "add"; addId: string })
  | (OverrideRange & { kind: "remove"; removeId: string });

/** Why someone is, or is no longer, on call in a block. */
export type Reason =
  | { source: "rotation"; participantId: string; shiftIndex: number }
  | { source: "override"; overrideId: string; kind: OverrideKind; added?: string; removed?: string };

export interface ScheduleBlock {
  start: Date;
  end: Date;
  /** The final on-call list: rotation order first, people added by overrides after. */
  onCall: string[];
  /** The rotation shifts in force, then each override that changed the list, in override start order. */
  reasons: Reason[];
}

/** The people an override affects: the one it adds and the one it removes. */
export function peopleAffected(o: Override): string[] {
  if (o.kind === "replace") return [o.removeId, o.addId];
  return o.kind === "add" ? [o.addId] : [o.removeId];
}

/**
 * Two overrides (of the same rotation — the caller scopes) conflict when their ranges overlap and
 * they affect a common person (peopleAffected). Ranges are half-open, so [a, b) and [b, c) do not
 * overlap; an override never conflicts with itself (same id), so editing one is not refused by its
 * own old version. Examples that conflict: two covers for Ana at once; "add Ben" and "remove Ben";
 * "Ben covers Ana" and "Cai covers Ben". Without this rule the result would depend on the order
 * overrides are applied in; with it, it cannot. The database can enforce the same rule with one row
 * per affected person (override id, person, tstzrange(start, end, '[)')) and an exclusion
 * constraint (scope WITH =, person WITH =, range WITH &&) that skips rows of the same override.
 */
export function overridesConflict(a: Override, b: Override): boolean {
  if (a.id === b.id) return false;
  if (!(a.start < b.end && b.start < a.end)) return false;
  const people = new Set(peopleAffected(a));
  return peopleAffected(b).some((p) => people.has(p));
}

/**
 * The final schedule over [from, to): blocks that tile the range with no gaps (a block may have
 * nobody on call), each with who is on call and why. Neighbouring blocks with the same people for
 * the same reasons are merged. `rotationShifts` may come from several rotations.
 */
export function finalSchedule(rotationShifts: readonly Shift[], overrides: readonly Override[], from: Date, to: Date): ScheduleBlock[] {
  if (from >= to) return [];
  const t0 = from.getTime();
  const t1 = to.getTime();
  // Callers pass five weeks of overrides for a window of hours; the others cannot change it.
  const inRange = overrides.filter((o) => o.start.getTime() < t1 && o.end.getTime() > t0);
  const cuts = new Set([t0, t1]);
  for (const r of [...rotationShifts, ...inRange]) {
    for (const t of [r.start.getTime(), r.end.getTime()]) if (t > t0 && t < t1) cuts.add(t);
  }
  const instants = [...cuts].sort((a, b) => a - b);
  // Applying in a fixed order keeps the result deterministic even for conflicting data (which the
  // database refuses); for non-conflicting overrides the order cannot matter.
  const ordered = inRange.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1));
  const shiftsNow = sweep(rotationShifts);
  const overridesNow = sweep(ordered);

  // A 4-week calendar of 4-hour shifts has ~180 cuts: one pass over them, not one per cut over
  // every shift and override (overrides-crosscheck.test.ts checks this against doing exactly that).
  const drafts: Draft[] = [];
  for (let i = 0; i + 1 < instants.length; i++) {
    const [start, end] = [instants[i], instants[i + 1]];
    const { onCall, reasons } = blockAt(shiftsNow(start), overridesNow(start));
    const last = drafts.at(-1);
    if (last && sameBlock(last, onCall, reasons)) last.end = end;
    else drafts.push({ onCall, reasons, start, end });
  }
  return drafts.map((d) => ({ start: new Date(d.start), end: new Date(d.end), onCall: d.onCall, reasons: d.reasons }));
}

/** A block while the schedule is worked out, its instants as numbers. */
type Draft = Pick<ScheduleBlock, "onCall" | "reasons"> & { start: number; end: number };

/**
 * For instants asked in increasing order, the items in force over the span between that instant
 * and the next cut, in the order given (as filtering them all would). No cut lies inside such a
 * span, so an item covers it whole exactly when start <= instant < end.
 */
function sweep<T extends { start: Date; end: Date }>(items: readonly T[]): (at: number) => T[] {
  const byStart = items.map((item, i) => ({ item, i, start: item.start.getTime(), end: item.end.getTime() })).sort((a, b) => a.start - b.start);
  let next = 0;
  let active: typeof byStart = [];
  return (at) => {
    let added = false;
    while (next < byStart.length && byStart[next].start <= at) {
      active.push(byStart[next++]);
      added = true;
    }
    if (added) active.sort((a, b) => a.i - b.i);
    active = active.filter((x) => x.end > at);
    return active.map((x) => x.item);
  };
}

function blockAt(shifts: readonly Shift[], overrides: readonly Override[]): Pick<ScheduleBlock, "onCall" | "reasons"> {
  const onCall: string[] = [];
  const reasons: Reason[] = [];
  for (const s of shifts) {
    if (!onCall.includes(s.participantId)) onCall.push(s.participantId);
    reasons.push({ source: "rotation", participantId: s.participantId, shiftIndex: s.index });
  }
  for (const o of overrides) {
    const because = { source: "override", overrideId: o.id, kind: o.kind } as const;
    if (o.kind === "add") {
      if (onCall.includes(o.addId)) continue; // already on call: nothing changes
      onCall.push(o.addId);
      reasons.push({ ...because, added: o.addId });
      continue;
    }
    const at = onCall.indexOf(o.removeId);
    if (at < 0) continue; // not on call: nothing to remove or cover
    if (o.kind === "remove") {
      onCall.splice(at, 1);
      reasons.push({ ...because, removed: o.removeId });
    } else {
      // The cover takes the covered person's place in the list (or just removes them if the cover
      // is already on call).
      if (onCall.includes(o.addId)) onCall.splice(at, 1);
      else onCall[at] = o.addId;
      reasons.push({ ...because, added: o.addId, removed: o.removeId });
    }
  }
  return { onCall, reasons };
}

/** The same people for the same reasons (field by field: what comparing them as JSON would say). */
function sameBlock(a: Pick<ScheduleBlock, "onCall" | "reasons">, onCall: readonly string[], reasons: readonly Reason[]): boolean {
  if (a.onCall.length !== onCall.length || a.reasons.length !== reasons.length) return false;
  for (let i = 0; i < onCall.length; i++) if (a.onCall[i] !== onCall[i]) return false;
  for (let i = 0; i < reasons.length; i++) {
    const [x, y] = [a.reasons[i], reasons[i]];
    if (x.source === "rotation" && y.source === "rotation") {
      if (x.participantId !== y.participantId || x.shiftIndex !== y.shiftIndex) return false;
    } else if (x.source === "override" && y.source === "override") {
      if (x.overrideId !== y.overrideId || x.kind !== y.kind || x.added !== y.added || x.removed !== y.removed) return false;
    } else {
      return false;
    }
  }
  return true;
}
