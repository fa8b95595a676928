// onCallNow works out only the block in force now (the current shift, or the time up to the first
// one); this checks it against the straightforward way it was first written — schedule every
// shift of the next five weeks and take the first block — on thousands of generated rotations:
// shifts of 3 hours to 2 weeks in zones with and without DST, rotations not started yet, changed
// shift lengths, one-person and repeated-person orders, overrides around `now` and on handoffs,
// secondaries that chain, loop or point nowhere, and `now` exactly on a handoff.
import { describe, expect, it } from "vitest";
import { changeShiftLength } from "./change-shift-length";
import { shiftsBetween } from "./handoffs";
import { onCallNow, reasonFor, type OnCallNow, type RotationSetup, type Secondary } from "./now";
import { finalSchedule, type Override, type ScheduleBlock } from "./overrides";
import { shiftAt, type Rotation, type ShiftUnit } from "./rotation";

// ── The reference: onCallNow as first written (commit 85f5a15), kept here verbatim in substance ──
const LOOKAHEAD_MS = 35 * 24 * 3_600_000;
const refShiftAt = (r: Rotation, at: Date) => (r.participants.length ? shiftAt(r, at) : null);
const refShiftsIn = (r: Rotation, from: Date, to: Date) => (r.participants.length ? shiftsBetween(r, from, to) : []);

function refBlockAt(setup: RotationSetup, now: Date): ScheduleBlock | null {
  const shift = refShiftAt(setup.rotation, now);
  const horizon = new Date(Math.max(shift?.end.getTime() ?? 0, now.getTime() + LOOKAHEAD_MS));
  return finalSchedule(refShiftsIn(setup.rotation, now, horizon), setup.overrides, now, horizon)[0] ?? null;
}

function refNextParticipant(setup: RotationSetup, now: Date, primary: string | null): string | null {
  const shift = refShiftAt(setup.rotation, now);
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

function referenceOnCallNow(setups: readonly RotationSetup[], now: Date): OnCallNow[] {
  const byId = new Map(setups.map((s) => [s.id, s]));
  const primaries = new Map<string, string | null>();
  const primaryOf = (s: RotationSetup) => {
    if (!primaries.has(s.id)) primaries.set(s.id, refBlockAt(s, now)?.onCall[0] ?? null);
    return primaries.get(s.id) ?? null;
  };
  return setups.map((setup) => {
    const block = refBlockAt(setup, now);
    const shift = refShiftAt(setup.rotation, now);
    const primary = block?.onCall[0] ?? null;
    let secondary: string | null = null;
    let secondaryFrom: OnCallNow["secondaryFrom"] = null;
    if (setup.secondary.kind === "next_participant") {
      secondary = refNextParticipant(setup, now, primary);
      if (secondary) secondaryFrom = { kind: "next_participant" };
    } else {
      const visited = new Set([setup.id]);
      let next: Secondary = setup.secondary;
      while (next.kind === "rotation" && !visited.has(next.rotationId)) {
        visited.add(next.rotationId);
        const other = byId.get(next.rotationId);
        if (!other) break;
        const candidate = primaryOf(other);
        if (candidate && candidate !== primary) {
          [secondary, secondaryFrom] = [candidate, { kind: "rotation", rotationId: other.id }];
          break;
        }
        if (other.secondary.kind === "next_participant") {
          const backup = refNextParticipant(other, now, primary);
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

// ── Generated cases ────────────────────────────────────────────────────────────────────────────
/** A small seeded generator (mulberry32), so a failure names a case that can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

const ZONES = ["UTC", "America/Chicago", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"];
const PEOPLE = ["ana", "ben", "cai", "dee", "eve", "fay", "gus"];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The reference is slow (quadratic in the shifts of five weeks): enough cases to cover, not more.
const CASES = 1000;
// Around the 2026 DST changes (Chicago and London in March, Sydney in April and October).
const NOWS = [Date.UTC(2026, 2, 8, 7, 30), Date.UTC(2026, 2, 29, 0, 45), Date.UTC(2026, 3, 4, 15, 59), Date.UTC(2026, 5, 2, 12), Date.UTC(2026, 9, 31, 23)];

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function generate(seed: number): { setups: RotationSetup[]; now: Date } {
  const r = rng(seed);
  let now = r.pick(NOWS) + r.int(-3 * DAY, 3 * DAY);
  const count = r.int(1, 5);
  const ids = Array.from({ length: count }, (_, i) => `rot${i}`);
  const setups: RotationSetup[] = ids.map((id) => {
    const unit: ShiftUnit = r.pick(["hours", "hours", "days", "days", "weeks"] as const);
    const length = unit === "hours" ? r.pick([3, 4, 8, 12, 24]) : unit === "days" ? r.int(1, 3) : r.int(1, 2);
    // Mostly started, sometimes next week or next month (LOOKAHEAD_MS is 35 days).
    const startOffset = r.next() < 0.75 ? -r.int(0, 120) * DAY : r.pick([r.int(0, 10), r.int(30, 40)]) * DAY;
    const people = r.next() < 0.1 ? 0 : r.int(1, 5);
    const participants = Array.from({ length: people }, () => r.pick(PEOPLE));
    let rotation: Rotation = {
      timeZone: r.pick(ZONES),
      shiftLength: { unit, count: length },
      handoffTime: r.pick(["00:00", "02:30", "09:00", "17:45"]),
      startDate: iso(now + startOffset),
      participants,
    };
    // Sometimes the shift length was changed a while ago (earlierPlans).
    if (people && r.next() < 0.2 && startOffset < -20 * DAY) {
      rotation = changeShiftLength(rotation, new Date(now - r.int(1, 15) * DAY), { unit: r.pick(["hours", "days"] as const), count: r.int(1, 2) * 6 });
    }
    const overrides: Override[] = [];
    const n = r.int(0, 6);
    for (let j = 0; j < n; j++) {
      // Starts around now (sometimes exactly at it), lasts an hour to two weeks.
      const start = r.next() < 0.15 ? now : now + r.int(-3 * 24, 30 * 24) * HOUR + r.pick([0, 0, 30 * 60_000]);
      const end = start + r.pick([1, 3, 8, 24, 72, 14 * 24]) * HOUR;
      const [a, b] = [r.pick(PEOPLE), r.pick(PEOPLE)];
      const kind = r.pick(["replace", "add", "remove"] as const);
      const range = { id: `${id}-o${j}`, start: new Date(start), end: new Date(end) };
      if (kind === "replace" && a !== b) overrides.push({ ...range, kind, addId: a, removeId: b });
      else if (kind === "add") overrides.push({ ...range, kind, addId: a });
      else overrides.push({ ...range, kind: "remove", removeId: b });
    }
    const secondary: Secondary =
      r.next() < 0.6 ? { kind: "next_participant" } : { kind: "rotation", rotationId: r.next() < 0.1 ? "gone" : r.pick(ids.filter((x) => x !== id).concat("gone")) };
    return { id, rotation, overrides, secondary };
  });
  // Sometimes `now` is exactly a handoff of the first rotation.
  if (r.next() < 0.2 && setups[0].rotation.participants.length) {
    const shift = shiftAt(setups[0].rotation, new Date(now));
    if (shift) now = shift.end.getTime();
  }
  return { setups, now: new Date(now) };
}

describe("onCallNow matches scheduling every shift of the next five weeks", () => {
  it("on 1,000 generated sets of rotations", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { setups, now } = generate(seed);
      const got = onCallNow(setups, now);
      const want = referenceOnCallNow(setups, now);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ seed, now, got }).toEqual({ seed, now, got: want });
    }
  }, 60_000);

  it("covers the cases it is meant to (not started, nobody on call, overrides in force, rotation secondaries)", () => {
    const seen = { notStarted: 0, nobody: 0, override: 0, also: 0, fromRotation: 0, farChange: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const { setups, now } = generate(seed);
      for (const c of onCallNow(setups, now)) {
        if (!c.shiftEnd) seen.notStarted++;
        if (!c.primary) seen.nobody++;
        if (c.primaryReason?.source === "override") seen.override++;
        if (c.alsoOnCall.length) seen.also++;
        if (c.secondaryFrom?.kind === "rotation") seen.fromRotation++;
        if (c.changesAt && c.changesAt.getTime() - now.getTime() > 7 * DAY) seen.farChange++;
      }
    }
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(20);
  });
});
