// Who is on call in a rotation at an instant. Pure: the rotation config in, instants out.
//
// How handoffs are placed (the rules users see in the rotation form):
// - The first shift starts at the handoff time on the start date, in the rotation's zone. Before
//   that instant nobody is on call from this rotation.
// - Days and weeks follow the WALL CLOCK: shift k starts on (start date + k × length) at the
//   handoff time, so a daily 09:00 handoff stays 09:00 across DST and that day's shift lasts 23 or
//   25 hours. A handoff time in a spring-forward gap moves to the first instant after the gap; one
//   repeated by a fall-back takes its first occurrence (zoned-time.ts).
// - Hours follow ELAPSED time: shift k starts k × N hours after the first handoff. Anchoring an
//   8-hour shift to the wall clock cannot work across a gap or a repeated hour (which 8 hours?), and
//   people on hourly shifts are paid and rested by the hour, so across spring-forward an 8-hour
//   rotation's handoffs move one hour later on the wall clock (01:00 CST + 8 h = 10:00 CDT).
//
// Speed: shiftAt never walks shift by shift. Hours divide elapsed milliseconds. Days and weeks count
// calendar days in the zone from the start date and divide; to skip an Intl call per question they
// read `at`'s local date with the first handoff's offset (a DST change near midnight can put that a
// day out), then check against the real handoff instants, a step at most. To ask about one rotation
// many times (a calendar, a year checked minute by minute), compileRotation once and call its
// shiftAt: the parsing is done once and each plan remembers the handoffs it has resolved.

import { DAY_MS, dateOfDayNumber, dayNumberOf, parseTimeOfDay, zonedWallTimeToInstant } from "./zoned-time";

export type ShiftUnit = "hours" | "days" | "weeks";
export interface ShiftLength {
  unit: ShiftUnit;
  count: number;
}

/** When shifts start and how long they last. A rotation has one plan, plus the plans a change replaced. */
export interface ShiftPlan {
  shiftLength: ShiftLength;
  /** "HH:MM", wall clock in the rotation's zone. */
  handoffTime: string;
  /** "YYYY-MM-DD" in the rotation's zone: the first shift starts at handoffTime on this date. */
  startDate: string;
  /** Set by changeShiftLength: the exact instant this plan's first shift starts. */
  startsAt?: Date;
  /** Set by changeShiftLength: the number of this plan's first shift, so the count (and who is next) carries on. */
  firstShiftIndex?: number;
}

export interface Rotation extends ShiftPlan {
  /** IANA zone, e.g. "America/Chicago". */
  timeZone: string;
  /** Ids in the order they take shifts; one id may appear more than once. */
  participants: readonly string[];
  /** Plans in force before this one, oldest first; each ends at the next plan's first handoff. */
  earlierPlans?: readonly ShiftPlan[];
}

export interface Shift {
  participantId: string;
  /** Position in rotation.participants. */
  participantIndex: number;
  /** Shift number: 0 is the rotation's first shift; the count continues across shift-length changes. */
  index: number;
  start: Date;
  end: Date;
}

/** A plan with its strings parsed and its first handoff resolved. Internal to lib/oncall. */
export interface Plan {
  zone: string;
  /** Hours: length in ms; days and weeks: 0. */
  stepMs: number;
  /** Days and weeks: length in days; hours: 0. */
  stepDays: number;
  hour: number;
  minute: number;
  startDay: number;
  /** The first handoff's wall time written as UTC ms (so first − this is roughly minus the offset). */
  firstWall: number;
  first: number;
  firstIndex: number;
  /** The next plan's first handoff, or Infinity. */
  until: number;
  /** Resolved handoffs by k (days and weeks only). */
  seen: Map<number, number>;
}

export interface CompiledRotation {
  participants: readonly string[];
  plans: Plan[];
  /** The shift in force at `at`, or null before the first handoff (see shiftAt). */
  shiftAt(at: Date): Shift | null;
}

function invalid(what: string): never {
  throw new RangeError(`Invalid rotation: ${what} (check it with rotationSchema first)`);
}

function compilePlan(zone: string, p: ShiftPlan): Plan {
  const { unit, count } = p.shiftLength;
  if (!Number.isInteger(count) || count < 1) invalid("shift length must be a whole number of at least 1");
  const time = parseTimeOfDay(p.handoffTime) ?? invalid(`handoff time ${p.handoffTime}`);
  const startDay = dayNumberOf(p.startDate) ?? invalid(`start date ${p.startDate}`);
  const { year, month, day } = dateOfDayNumber(startDay);
  const first = p.startsAt?.getTime() ?? zonedWallTimeToInstant(zone, year, month, day, time.hour, time.minute).getTime();
  const firstWall = Date.UTC(year, month - 1, day, time.hour, time.minute);
  return {
    zone,
    stepMs: unit === "hours" ? count * 3_600_000 : 0,
    stepDays: unit === "weeks" ? count * 7 : unit === "days" ? count : 0,
    hour: time.hour,
    minute: time.minute,
    startDay,
    firstWall,
    first,
    firstIndex: p.firstShiftIndex ?? 0,
    until: Infinity,
    seen: new Map(),
  };
}

/** The rotation parsed once, for asking about it many times. Throws on an invalid rotation. */
export function compileRotation(rotation: Rotation): CompiledRotation {
  if (rotation.participants.length === 0) invalid("no participants");
  const plans = [...(rotation.earlierPlans ?? []), rotation].map((p) => compilePlan(rotation.timeZone, p));
  for (let i = 1; i < plans.length; i++) {
    if (plans[i].first <= plans[i - 1].first) invalid("each plan must start after the one before");
    plans[i - 1].until = plans[i].first;
  }
  const c: CompiledRotation = {
    participants: rotation.participants,
    plans,
    shiftAt(at) {
      const ms = at.getTime();
      const i = planIndexAt(c, ms);
      return i < 0 ? null : shiftOf(c, i, shiftNumberIn(plans[i], ms));
    },
  };
  return c;
}

/** The instant plan shift k (0 = the plan's first) starts, ignoring when the plan ends. */
export function handoffOf(plan: Plan, k: number): number {
  if (k === 0) return plan.first;
  if (plan.stepMs > 0) return plan.first + k * plan.stepMs;
  let ms = plan.seen.get(k);
  if (ms === undefined) {
    const { year, month, day } = dateOfDayNumber(plan.startDay + k * plan.stepDays);
    ms = zonedWallTimeToInstant(plan.zone, year, month, day, plan.hour, plan.minute).getTime();
    if (plan.seen.size >= 4096) plan.seen.clear();
    plan.seen.set(k, ms);
  }
  return ms;
}

/** The plan shift k that contains `at` (largest k whose handoff is at or before it); −1 before the plan. */
export function shiftNumberIn(plan: Plan, at: number): number {
  if (at < plan.first) return -1;
  let k =
    plan.stepMs > 0
      ? Math.floor((at - plan.first) / plan.stepMs)
      : Math.max(0, Math.floor((Math.floor((at - plan.first + plan.firstWall) / DAY_MS) - plan.startDay) / plan.stepDays));
  // Counting days lands on the right shift except on a handoff day before the handoff, or when the
  // offset read above is a DST change out near midnight: a step either way fixes both.
  while (k > 0 && handoffOf(plan, k) > at) k--;
  while (handoffOf(plan, k + 1) <= at) k++;
  return k;
}

/** Which plan is in force at `at`: the last one whose first handoff is at or before it, or −1. */
export function planIndexAt(c: CompiledRotation, at: number): number {
  for (let i = c.plans.length - 1; i >= 0; i--) if (c.plans[i].first <= at) return i;
  return -1;
}

export function shiftOf(c: CompiledRotation, planIndex: number, k: number): Shift {
  const plan = c.plans[planIndex];
  const index = plan.firstIndex + k;
  const participantIndex = index % c.participants.length;
  return {
    participantId: c.participants[participantIndex],
    participantIndex,
    index,
    start: new Date(handoffOf(plan, k)),
    end: new Date(Math.min(handoffOf(plan, k + 1), plan.until)),
  };
}

/** The shift in force at `at`, or null before the rotation's first handoff. O(1) for any date. */
export function shiftAt(rotation: Rotation, at: Date): Shift | null {
  return compileRotation(rotation).shiftAt(at);
}

/** Shifts in order, from the one in force at `at` (or the first shift, if `at` is before it). Endless. */
export function* shiftsFrom(rotation: Rotation, at: Date): Generator<Shift> {
  const c = compileRotation(rotation);
  let i = planIndexAt(c, at.getTime());
  let k = i < 0 ? 0 : shiftNumberIn(c.plans[i], at.getTime());
  if (i < 0) i = 0;
  for (;;) {
    const shift = shiftOf(c, i, k);
    yield shift;
    if (shift.end.getTime() >= c.plans[i].until) [i, k] = [i + 1, 0];
    else k++;
  }
}
