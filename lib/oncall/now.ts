// Who is on call right now, whom to escalate to, and a person's own shifts. Pure: rotations and
// overrides in, people ids and instants out (queries.ts loads them, the pages show them).
//
// Primary: the first person on the final schedule (rotation + overrides, overrides.ts) at `now`.
// People an `add` override puts on call are listed as `alsoOnCall`, not as the primary.
//
// Secondary, when the rotation says "next participant":
// - start from the participant AFTER the one the rotation schedules now (rotation order, wrapping);
// - overrides in force now apply to that person as if they were on call: "Noah covers Hannah"
//   makes Noah the secondary while Hannah is away, "remove Hannah" skips her (a person taken off
//   call should not be paged as backup either);
// - nobody backs themself up: a candidate who is already the primary is skipped, and so is any
//   later slot held by the same person. No candidate left (a one-person rotation): no secondary.
// Secondary, when the rotation says "another rotation": that rotation's primary now. If it has
// nobody on call (not started yet, or everyone removed) or its primary is this rotation's primary,
// follow ITS secondary, and so on; a rotation already visited ends the search (A → B → A cannot loop).

import { shiftsBetween } from "./handoffs";
import { finalSchedule, type Override, type ScheduleBlock } from "./overrides";
import { compileRotation, shiftOf, type Rotation, type Shift } from "./rotation";

export type Secondary = { kind: "next_participant" } | { kind: "rotation"; rotationId: string };

/** One rotation as the on-call pages use it: the pure config, its overrides and how it is backed up. */
export interface RotationSetup {
  id: string;
  rotation: Rotation;
  /** Overrides of this rotation overlapping the range being asked about (more do no harm). */
  overrides: readonly Override[];
  secondary: Secondary;
}

/** Why a person is on call in a block. */
export type OnCallReason =
  | { source: "rotation" }
  | { source: "override"; kind: "replace"; coveringFor: string }
  | { source: "override"; kind: "add" };

export interface OnCallNow {
  rotationId: string;
  /** Person id, or null when nobody is on call (before the first shift, or removed by an override). */
  primary: string | null;
  primaryReason: OnCallReason | null;
  /** Added by an `add` override, on call alongside the primary. */
  alsoOnCall: string[];
  secondary: string | null;
  /** Where the secondary came from: this rotation's order, or the rotation whose primary they are. */
  secondaryFrom: { kind: "next_participant" } | { kind: "rotation"; rotationId: string } | null;
  /** When who is on call next changes (a handoff or an override's start or end); null if never. */
  changesAt: Date | null;
  /** The end of the rotation's current shift (the scheduled handoff); null before the first shift. */
  shiftEnd: Date | null;
}

const HOUR = 3_600_000;

/** How far ahead to look for the current block's end when the rotation has not started yet. */
export const LOOKAHEAD_MS = 35 * 24 * HOUR;

// A rotation without participants (none in practice: save_rotation requires one) has nobody on call
// rather than throwing, so one odd rotation cannot take the home page down.
function shiftsIn(rotation: Rotation, from: Date, to: Date): Shift[] {
  return rotation.participants.length ? shiftsBetween(rotation, from, to) : [];
}

/** Why `personId` is on call in `block` (null if they are not). */
export function reasonFor(block: ScheduleBlock, personId: string): OnCallReason | null {
  if (!block.onCall.includes(personId)) return null;
  for (const r of block.reasons) {
    if (r.source !== "override" || r.added !== personId) continue;
    if (r.kind === "replace" && r.removed) return { source: "override", kind: "replace", coveringFor: r.removed };
    if (r.kind === "add") return { source: "override", kind: "add" };
  }
  return { source: "rotation" };
}

/** One rotation at `now`: the shift the rotation schedules, and the final-schedule block in force. */
interface StateNow {
  shift: Shift | null;
  /** From `now` to when who is on call next changes (looking at most LOOKAHEAD_MS ahead before the first shift). */
  block: ScheduleBlock | null;
}

/**
 * Only the first block of the final schedule is wanted, and it ends at the next handoff at the
 * latest: a new shift is a new reason, so finalSchedule never merges blocks across one. So only
 * the current shift (or, before the first one, the time up to it) is scheduled — not every shift
 * of the next five weeks (105 for an 8-hour rotation, and finalSchedule is quadratic in them).
 * The block is the same as scheduling all of them (now-crosscheck.test.ts compares the two).
 */
function stateAt(setup: RotationSetup, now: Date): StateNow {
  const t = now.getTime();
  if (!setup.rotation.participants.length) {
    return { shift: null, block: finalSchedule([], setup.overrides, now, new Date(t + LOOKAHEAD_MS))[0] ?? null };
  }
  const rotation = compileRotation(setup.rotation);
  const shift = rotation.shiftAt(now);
  if (shift) return { shift, block: finalSchedule([shift], setup.overrides, now, shift.end)[0] ?? null };
  // Not started yet: `now` is before the first handoff.
  const until = Math.min(shiftOf(rotation, 0, 0).start.getTime(), t + LOOKAHEAD_MS);
  return { shift: null, block: finalSchedule([], setup.overrides, now, new Date(until))[0] ?? null };
}

/** The next-participant secondary (see the header): null when nobody else can back the primary up. */
function nextParticipantSecondary(setup: RotationSetup, shift: Shift | null, now: Date, primary: string | null): string | null {
  if (!shift) return null;
  const { participants } = setup.rotation;
  const active = setup.overrides.filter((o) => o.start <= now && now < o.end);
  for (let step = 1; step < participants.length; step++) {
    let candidate: string | null = participants[(shift.participantIndex + step) % participants.length];
    if (candidate === shift.participantId || candidate === primary) continue;
    for (const o of active) {
      if (o.kind === "add" || o.removeId !== candidate) continue;
      candidate = o.kind === "replace" ? o.addId : null;
      break;
    }
    if (candidate && candidate !== primary) return candidate;
  }
  return null;
}

/** Who is on call in every rotation at `now`, with their backup and when it changes. */
export function onCallNow(setups: readonly RotationSetup[], now: Date): OnCallNow[] {
  const byId = new Map(setups.map((s) => [s.id, s]));
  // Each rotation is worked out once, even when others lean on it for their secondary.
  const states = new Map<RotationSetup, StateNow>();
  const stateOf = (s: RotationSetup) => {
    let state = states.get(s);
    if (!state) states.set(s, (state = stateAt(s, now)));
    return state;
  };

  return setups.map((setup) => {
    const { shift, block } = stateOf(setup);
    const primary = block?.onCall[0] ?? null;
    let secondary: string | null = null;
    let secondaryFrom: OnCallNow["secondaryFrom"] = null;
    if (setup.secondary.kind === "next_participant") {
      secondary = nextParticipantSecondary(setup, shift, now, primary);
      if (secondary) secondaryFrom = { kind: "next_participant" };
    } else {
      const visited = new Set([setup.id]);
      let next: Secondary = setup.secondary;
      while (next.kind === "rotation" && !visited.has(next.rotationId)) {
        visited.add(next.rotationId);
        const other = byId.get(next.rotationId);
        if (!other) break;
        const otherState = stateOf(other);
        const candidate = otherState.block?.onCall[0] ?? null;
        if (candidate && candidate !== primary) {
          [secondary, secondaryFrom] = [candidate, { kind: "rotation", rotationId: other.id }];
          break;
        }
        if (other.secondary.kind === "next_participant") {
          const backup = nextParticipantSecondary(other, otherState.shift, now, primary);
          if (backup) [secondary, secondaryFrom] = [backup, { kind: "rotation", rotationId: other.id }];
          break;
        }
        next = other.secondary;
      }
    }
    return {
      rotationId: setup.id,
      primary,
      primaryReason: block && primary ? reasonFor(block, primary) : null,
      alsoOnCall: block?.onCall.slice(1) ?? [],
      secondary,
      secondaryFrom,
      changesAt: block && block.end.getTime() < now.getTime() + LOOKAHEAD_MS ? block.end : (shift?.end ?? null),
      shiftEnd: shift?.end ?? null,
    };
  });
}

export interface MyShift {
  rotationId: string;
  start: Date;
  end: Date;
  /** First on the list (the one paged), or on call alongside them (added by an override). */
  role: "primary" | "also on call";
  reason: OnCallReason;
}

/** The blocks of [from, to) in which `personId` is on call, in any rotation, in time order. */
export function myShifts(personId: string, setups: readonly RotationSetup[], from: Date, to: Date): MyShift[] {
  const out: MyShift[] = [];
  for (const s of setups) {
    for (const block of scheduleOf(s, from, to)) {
      const reason = reasonFor(block, personId);
      if (!reason) continue;
      const role = block.onCall[0] === personId ? "primary" : "also on call";
      const last = out.at(-1);
      // Neighbouring blocks for the same reason are one stretch on call (e.g. two shifts in a row).
      if (last && last.rotationId === s.id && last.end.getTime() === block.start.getTime() && last.role === role &&
        JSON.stringify(last.reason) === JSON.stringify(reason)) {
        last.end = block.end;
      } else {
        out.push({ rotationId: s.id, start: block.start, end: block.end, role, reason });
      }
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The final schedule of one rotation over [from, to). */
export function scheduleOf(setup: RotationSetup, from: Date, to: Date): ScheduleBlock[] {
  return finalSchedule(shiftsIn(setup.rotation, from, to), setup.overrides, from, to);
}

/** "3 h 20 min", "2 d 4 h", "45 min", "less than a minute". */
export function formatTimeLeft(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}
