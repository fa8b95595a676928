// shiftAt answers by arithmetic; this checks it against the obvious slow way — walk the handoffs one
// by one — at every minute of 2026 (525,600 instants per rotation, across every DST change).
import { describe, expect, it } from "vitest";
import { changeShiftLength } from "./change-shift-length";
import { compileRotation, type Rotation, type ShiftPlan } from "./rotation";
import { zonedWallTimeToInstant } from "./zoned-time";

const MINUTE = 60_000;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_END = Date.UTC(2027, 0, 1);

/** Every handoff of a rotation in order, the naive way: plan by plan, shift by shift. */
function* naiveHandoffs(r: Rotation): Generator<number> {
  const plans: ShiftPlan[] = [...(r.earlierPlans ?? []), r];
  const firstOf = (p: ShiftPlan) => {
    const [y, m, d] = p.startDate.split("-").map(Number);
    const [hh, mm] = p.handoffTime.split(":").map(Number);
    return p.startsAt?.getTime() ?? zonedWallTimeToInstant(r.timeZone, y, m, d, hh, mm).getTime();
  };
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const until = i + 1 < plans.length ? firstOf(plans[i + 1]) : Infinity;
    const [y, m, d] = p.startDate.split("-").map(Number);
    const [hh, mm] = p.handoffTime.split(":").map(Number);
    const { unit, count } = p.shiftLength;
    for (let k = 0; ; k++) {
      let at: number;
      if (k === 0) at = firstOf(p);
      else if (unit === "hours") at = firstOf(p) + k * count * 3_600_000;
      else {
        // Let Date normalise "day 31 + 7" into the next month.
        const date = new Date(Date.UTC(y, m - 1, d + k * count * (unit === "weeks" ? 7 : 1)));
        at = zonedWallTimeToInstant(r.timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hh, mm).getTime();
      }
      if (at >= until) break;
      yield at;
    }
  }
}

function base(zone: string, unit: "hours" | "days" | "weeks", count: number, handoffTime: string, startDate: string, people: number): Rotation {
  const participants = ["ana", "ben", "cai", "dee", "eve"].slice(0, people);
  return { timeZone: zone, shiftLength: { unit, count }, handoffTime, startDate, participants };
}

const chicagoWeeklyThenChanged = changeShiftLength(
  changeShiftLength(base("America/Chicago", "weeks", 1, "09:00", "2026-01-05", 3), new Date(Date.UTC(2026, 4, 20)), { unit: "days", count: 3 }),
  new Date(Date.UTC(2026, 9, 28, 12)),
  { unit: "hours", count: 12 },
);

describe("shiftAt agrees with walking the handoffs one by one, every minute of 2026", () => {
  it.each([
    // 02:30 falls in Chicago's 2026-03-08 gap; the rotation starts in February (nobody before).
    ["Chicago, daily at 02:30", base("America/Chicago", "days", 1, "02:30", "2026-02-10", 3)],
    // 01:45 happens twice on Lord Howe's 2026-04-05 (30-minute fall-back).
    ["Lord Howe, daily at 01:45", base("Australia/Lord_Howe", "days", 1, "01:45", "2025-12-20", 4)],
    // Sundays 01:30: in London's 2026-03-29 gap and twice on 2026-10-25.
    ["London, every 2 weeks on Sunday at 01:30", base("Europe/London", "weeks", 2, "01:30", "2026-01-04", 3)],
    ["Chicago, 8-hourly from 01:30", base("America/Chicago", "hours", 8, "01:30", "2026-01-01", 3)],
    ["Lord Howe, 5-hourly from 22:45", base("Australia/Lord_Howe", "hours", 5, "22:45", "2026-03-15", 2)],
    ["Chicago, weekly, then every 3 days from May, then 12-hourly from November", chicagoWeeklyThenChanged],
  ])("%s", (_, rotation) => {
    const fast = compileRotation(rotation);
    const handoffs = naiveHandoffs(rotation);
    let index = -1; // the shift in force: none yet
    let start = NaN;
    let next = handoffs.next().value as number;
    const wrong: string[] = [];
    for (let t = YEAR_START; t < YEAR_END; t += MINUTE) {
      while (next <= t) [index, start, next] = [index + 1, next, handoffs.next().value as number];
      const got = fast.shiftAt(new Date(t));
      const ok =
        index < 0
          ? got === null
          : got !== null &&
            got.index === index &&
            got.participantId === rotation.participants[index % rotation.participants.length] &&
            got.start.getTime() === start &&
            got.end.getTime() === next;
      if (!ok && wrong.push(`${new Date(t).toISOString()}: got ${JSON.stringify(got)}, expected shift ${index}`) >= 5) break;
    }
    expect(wrong).toEqual([]);
  });
});
