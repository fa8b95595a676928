// finalSchedule sweeps the cuts once; this checks it against the way it was first written (commit
// 85f5a15): for every span between cuts, filter every shift and override covering it, and merge
// neighbours whose JSON is equal. Generated shifts from up to three rotations (so they overlap),
// overrides of every kind (conflicting, back to back, empty or reversed too), windows cutting
// through them.
import { describe, expect, it } from "vitest";
import { finalSchedule, type Override, type Reason, type ScheduleBlock } from "./overrides";
import type { Shift } from "./rotation";

function referenceFinalSchedule(rotationShifts: readonly Shift[], overrides: readonly Override[], from: Date, to: Date): ScheduleBlock[] {
  if (from >= to) return [];
  const t0 = from.getTime();
  const t1 = to.getTime();
  const cuts = new Set([t0, t1]);
  for (const r of [...rotationShifts, ...overrides]) {
    for (const t of [r.start.getTime(), r.end.getTime()]) if (t > t0 && t < t1) cuts.add(t);
  }
  const instants = [...cuts].sort((a, b) => a - b);
  const ordered = [...overrides].sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1));
  const blocks: ScheduleBlock[] = [];
  for (let i = 0; i + 1 < instants.length; i++) {
    const [start, end] = [instants[i], instants[i + 1]];
    const covers = (r: { start: Date; end: Date }) => r.start.getTime() <= start && r.end.getTime() >= end;
    const block = referenceBlockAt(rotationShifts.filter(covers), ordered.filter(covers), new Date(start), new Date(end));
    const last = blocks.at(-1);
    if (last && JSON.stringify([last.onCall, last.reasons]) === JSON.stringify([block.onCall, block.reasons])) last.end = block.end;
    else blocks.push(block);
  }
  return blocks;
}

function referenceBlockAt(shifts: readonly Shift[], overrides: readonly Override[], start: Date, end: Date): ScheduleBlock {
  const onCall: string[] = [];
  const reasons: Reason[] = [];
  for (const s of shifts) {
    if (!onCall.includes(s.participantId)) onCall.push(s.participantId);
    reasons.push({ source: "rotation", participantId: s.participantId, shiftIndex: s.index });
  }
  for (const o of overrides) {
    const because = { source: "override", overrideId: o.id, kind: o.kind } as const;
    if (o.kind === "add") {
      if (onCall.includes(o.addId)) continue;
      onCall.push(o.addId);
      reasons.push({ ...because, added: o.addId });
      continue;
    }
    const at = onCall.indexOf(o.removeId);
    if (at < 0) continue;
    if (o.kind === "remove") {
      onCall.splice(at, 1);
      reasons.push({ ...because, removed: o.removeId });
    } else {
      if (onCall.includes(o.addId)) onCall.splice(at, 1);
      else onCall[at] = o.addId;
      reasons.push({ ...because, added: o.addId, removed: o.removeId });
    }
  }
  return { start, end, onCall, reasons };
}

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 5, 1);
const PEOPLE = ["ana", "ben", "cai", "dee", "eve"];

function generate(seed: number) {
  const r = rng(seed);
  const shifts: Shift[] = [];
  let index = 0;
  for (let rot = r.int(0, 3); rot > 0; rot--) {
    // Back-to-back shifts of one length, from somewhere around the start.
    const length = r.pick([1, 3, 8, 24]) * HOUR;
    let t = BASE + r.int(-48, 24) * HOUR;
    const people = PEOPLE.slice(0, r.int(1, 4));
    for (let k = r.int(1, 40); k > 0; k--) {
      shifts.push({ participantId: people[index % people.length], participantIndex: index % people.length, index: index++, start: new Date(t), end: new Date(t + length) });
      t += length;
    }
  }
  const overrides: Override[] = [];
  for (let j = r.int(0, 12); j > 0; j--) {
    const start = BASE + r.int(-24, 120) * HOUR + r.pick([0, 0, 30 * 60_000]);
    const end = start + r.pick([-HOUR, 0, HOUR, 3 * HOUR, 24 * HOUR, 72 * HOUR]);
    const [a, b] = [r.pick(PEOPLE), r.pick(PEOPLE)];
    const range = { id: `o${r.int(0, 6)}`, start: new Date(start), end: new Date(end) };
    const kind = r.pick(["replace", "add", "remove"] as const);
    if (kind === "replace") overrides.push({ ...range, kind, addId: a, removeId: b });
    else if (kind === "add") overrides.push({ ...range, kind, addId: a });
    else overrides.push({ ...range, kind, removeId: b });
  }
  const from = BASE + r.int(-30, 60) * HOUR;
  const to = from + r.pick([-HOUR, 0, HOUR, 12 * HOUR, 72 * HOUR, 200 * HOUR]);
  return { shifts, overrides, from: new Date(from), to: new Date(to) };
}

describe("finalSchedule matches filtering every shift and override at every cut", () => {
  it("on 5,000 generated schedules", () => {
    let blocks = 0;
    for (let seed = 1; seed <= 5000; seed++) {
      const { shifts, overrides, from, to } = generate(seed);
      const got = finalSchedule(shifts, overrides, from, to);
      const want = referenceFinalSchedule(shifts, overrides, from, to);
      blocks += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ seed, got }).toEqual({ seed, got: want });
    }
    expect(blocks).toBeGreaterThan(20_000);
  }, 60_000);
});
