import { describe, expect, it } from "vitest";
import { nextHandoffs } from "./handoffs";
import { shiftAt, type Rotation, type ShiftUnit } from "./rotation";
import { dayNumberOf, wallTimeAt } from "./zoned-time";

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(`${iso}Z`);
const isoMinutes = (d: Date) => d.toISOString().slice(0, 16);

function rotation(zone: string, unit: ShiftUnit, count: number, handoffTime: string, startDate: string, participants = ["ana", "ben", "cai"]): Rotation {
  return { timeZone: zone, shiftLength: { unit, count }, handoffTime, startDate, participants };
}

/** The first `n` handoffs of a rotation from its start, as "YYYY-MM-DDTHH:MM" UTC. */
function firstHandoffs(r: Rotation, n: number): string[] {
  return nextHandoffs(r, new Date(0), n).map((h) => isoMinutes(h.at));
}

describe("daily handoffs follow the wall clock", () => {
  it.each([
    // [zone, start date, expected handoffs (UTC), hours each shift lasted]
    // Chicago spring-forward 2026-03-08: 09:00 CST is 15:00Z, 09:00 CDT is 14:00Z, so the shift
    // spanning the change lasts 23 h.
    ["America/Chicago", "2026-03-06", ["2026-03-06T15:00", "2026-03-07T15:00", "2026-03-08T14:00", "2026-03-09T14:00"], [24, 23, 24]],
    // Chicago fall-back 2026-11-01: 09:00 CDT is 14:00Z, 09:00 CST is 15:00Z: a 25 h shift.
    ["America/Chicago", "2026-10-30", ["2026-10-30T14:00", "2026-10-31T14:00", "2026-11-01T15:00", "2026-11-02T15:00"], [24, 25, 24]],
    // London spring-forward 2026-03-29: 09:00 GMT = 09:00Z, then 09:00 BST = 08:00Z.
    ["Europe/London", "2026-03-27", ["2026-03-27T09:00", "2026-03-28T09:00", "2026-03-29T08:00", "2026-03-30T08:00"], [24, 23, 24]],
    // London fall-back 2026-10-25: 09:00 BST = 08:00Z, then 09:00 GMT = 09:00Z.
    ["Europe/London", "2026-10-23", ["2026-10-23T08:00", "2026-10-24T08:00", "2026-10-25T09:00", "2026-10-26T09:00"], [24, 25, 24]],
    // Lord Howe springs forward 30 min on 2026-10-04: 09:00 at +10:30 is 22:30Z the day before,
    // 09:00 at +11 is 22:00Z: a 23.5 h shift.
    ["Australia/Lord_Howe", "2026-10-02", ["2026-10-01T22:30", "2026-10-02T22:30", "2026-10-03T22:00", "2026-10-04T22:00"], [24, 23.5, 24]],
    // Lord Howe falls back 30 min on 2026-04-05: 09:00 at +11 is 22:00Z, at +10:30 is 22:30Z: 24.5 h.
    ["Australia/Lord_Howe", "2026-04-03", ["2026-04-02T22:00", "2026-04-03T22:00", "2026-04-04T22:30", "2026-04-05T22:30"], [24, 24.5, 24]],
  ])("a daily 09:00 handoff in %s (from %s) stays 09:00 local across the change", (zone, startDate, expected, hours) => {
    const r = rotation(zone, "days", 1, "09:00", startDate);
    const got = firstHandoffs(r, 4);
    expect(got).toEqual(expected);
    for (const h of got) expect(wallTimeAt(zone, utc(h))).toMatchObject({ hour: 9, minute: 0 });
    const lengths = got.slice(1).map((h, i) => (utc(h).getTime() - utc(got[i]).getTime()) / HOUR);
    expect(lengths).toEqual(hours);
  });
});

describe("a handoff time that does not exist, or exists twice, on the DST day", () => {
  it.each([
    // Chicago 2026-03-08 has no 02:00–02:59: the 02:30 handoff happens at 03:00 CDT (08:00Z), the
    // first instant after the gap; the day before and after it is 02:30 as usual.
    ["America/Chicago", "02:30", "2026-03-07", ["2026-03-07T08:30", "2026-03-08T08:00", "2026-03-09T07:30"]],
    // Chicago 2026-11-01 has 01:30 twice: the handoff takes the first, 01:30 CDT (06:30Z), not
    // 01:30 CST (07:30Z).
    ["America/Chicago", "01:30", "2026-10-31", ["2026-10-31T06:30", "2026-11-01T06:30", "2026-11-02T07:30"]],
    // London 2026-03-29 has no 01:00–01:59: 01:30 becomes 02:00 BST (01:00Z).
    ["Europe/London", "01:30", "2026-03-28", ["2026-03-28T01:30", "2026-03-29T01:00", "2026-03-30T00:30"]],
    // London 2026-10-25 has 01:30 twice: the first is BST (00:30Z).
    ["Europe/London", "01:30", "2026-10-24", ["2026-10-24T00:30", "2026-10-25T00:30", "2026-10-26T01:30"]],
    // Lord Howe 2026-10-04 has no 02:00–02:29: 02:15 becomes 02:30 at +11 (15:30Z the day before).
    ["Australia/Lord_Howe", "02:15", "2026-10-03", ["2026-10-02T15:45", "2026-10-03T15:30", "2026-10-04T15:15"]],
    // Lord Howe 2026-04-05 has 01:30–01:59 twice: 01:45 takes the first, at +11 (14:45Z the day before).
    ["Australia/Lord_Howe", "01:45", "2026-04-04", ["2026-04-03T14:45", "2026-04-04T14:45", "2026-04-05T15:15"]],
  ])("in %s a daily %s handoff (from %s) moves past a gap and takes the first of a repeat", (zone, time, startDate, expected) => {
    expect(firstHandoffs(rotation(zone, "days", 1, time, startDate), 3)).toEqual(expected);
  });
});

describe("hourly shifts follow elapsed time, not the wall clock", () => {
  it.each([
    // 8 h shifts from 09:00 CST on 2026-03-07: 15:00Z, 23:00Z, 07:00Z (01:00 CST), then 15:00Z,
    // which is 10:00 CDT — the wall-clock handoffs move an hour later after spring-forward.
    ["America/Chicago", 8, "09:00", "2026-03-07", ["2026-03-07T15:00", "2026-03-07T23:00", "2026-03-08T07:00", "2026-03-08T15:00"], [9, 17, 1, 10]],
    // 8 h shifts from 09:00 CDT on 2026-10-31: 01:00 CDT (06:00Z) on fall-back day, then 14:00Z,
    // which is 08:00 CST — an hour earlier on the wall clock.
    ["America/Chicago", 8, "09:00", "2026-10-31", ["2026-10-31T14:00", "2026-10-31T22:00", "2026-11-01T06:00", "2026-11-01T14:00"], [9, 17, 1, 8]],
    // 1 h shifts on Chicago fall-back day: 01:00 CDT (06:00Z) and 01:00 CST (07:00Z) are two
    // different shifts, each a full hour.
    ["America/Chicago", 1, "00:00", "2026-11-01", ["2026-11-01T05:00", "2026-11-01T06:00", "2026-11-01T07:00", "2026-11-01T08:00"], [0, 1, 1, 2]],
    // 12 h shifts across Lord Howe's 30-minute spring-forward: 20:00 at +10:30 (09:30Z), 08:00
    // (21:30Z), then 20:00 + 12 h elapsed reads 08:30 at +11.
    ["Australia/Lord_Howe", 12, "08:00", "2026-10-03", ["2026-10-02T21:30", "2026-10-03T09:30", "2026-10-03T21:30"], [8, 20, 8]],
  ])("in %s, %d-hour shifts from %s on %s are exactly that long across DST", (zone, hours, time, startDate, expected, wallHours) => {
    const r = rotation(zone, "hours", hours, time, startDate);
    const got = firstHandoffs(r, expected.length);
    expect(got).toEqual(expected);
    expect(got.map((h) => wallTimeAt(zone, utc(h)).hour)).toEqual(wallHours);
    for (let i = 1; i < got.length; i++) expect(utc(got[i]).getTime() - utc(got[i - 1]).getTime()).toBe(hours * HOUR);
  });
});

describe("weekly shifts", () => {
  it("a 1-week Monday 09:00 Chicago rotation keeps 09:00; the week with spring-forward lasts 167 h", () => {
    const r = rotation("America/Chicago", "weeks", 1, "09:00", "2026-03-02", ["ana", "ben"]);
    // Monday 2026-03-02 09:00 CST = 15:00Z; Monday 2026-03-09 09:00 CDT = 14:00Z.
    expect(firstHandoffs(r, 3)).toEqual(["2026-03-02T15:00", "2026-03-09T14:00", "2026-03-16T14:00"]);
    expect(shiftAt(r, utc("2026-03-08T12:00"))).toEqual({
      participantId: "ana",
      participantIndex: 0,
      index: 0,
      start: utc("2026-03-02T15:00"),
      end: utc("2026-03-09T14:00"), // 7 × 24 − 1 = 167 h
    });
  });

  it("a 2-week London rotation hands off every other Monday at 10:00, 337 h across fall-back", () => {
    const r = rotation("Europe/London", "weeks", 2, "10:00", "2026-10-19");
    // 10:00 BST on 2026-10-19 = 09:00Z; 10:00 GMT on 2026-11-02 = 10:00Z.
    expect(firstHandoffs(r, 3)).toEqual(["2026-10-19T09:00", "2026-11-02T10:00", "2026-11-16T10:00"]);
    expect(shiftAt(r, utc("2026-11-15T23:59"))).toMatchObject({ participantId: "ben", index: 1 });
  });
});

describe("when the rotation starts", () => {
  const r = rotation("America/Chicago", "days", 1, "09:00", "2026-06-01");

  it("nobody is on call from a rotation whose start is in the future", () => {
    expect(shiftAt(r, utc("2026-05-01T00:00"))).toBeNull();
    // 09:00 CDT on 2026-06-01 is 14:00Z; one millisecond before it is still before the start.
    expect(shiftAt(r, new Date(utc("2026-06-01T14:00").getTime() - 1))).toBeNull();
  });

  it("the first participant is on call from the handoff time on the start date", () => {
    expect(shiftAt(r, utc("2026-06-01T14:00"))).toMatchObject({ participantId: "ana", index: 0, start: utc("2026-06-01T14:00") });
  });
});

describe("participants take turns", () => {
  it("three participants cycle in order, shift after shift", () => {
    const r = rotation("UTC", "days", 1, "00:00", "2026-01-01");
    const who = [0, 1, 2, 3, 4, 5, 6].map((d) => shiftAt(r, new Date(Date.UTC(2026, 0, 1 + d, 12)))!.participantId);
    expect(who).toEqual(["ana", "ben", "cai", "ana", "ben", "cai", "ana"]);
  });

  it("someone listed twice takes two turns per cycle", () => {
    const r = rotation("UTC", "days", 1, "00:00", "2026-01-01", ["ana", "ben", "ana", "cai"]);
    const who = [0, 1, 2, 3, 4].map((d) => shiftAt(r, new Date(Date.UTC(2026, 0, 1 + d, 12)))!);
    expect(who.map((s) => s.participantId)).toEqual(["ana", "ben", "ana", "cai", "ana"]);
    expect(who.map((s) => s.participantIndex)).toEqual([0, 1, 2, 3, 0]);
  });

  it("a date a century ahead is answered by counting days, with the handoff still at 09:00 local", () => {
    const r = rotation("America/Chicago", "days", 3, "09:00", "2026-01-05", ["ana", "ben", "cai", "dee"]);
    const shift = shiftAt(r, utc("2126-07-04T12:00"))!; // 07:00 CDT, before that day's 09:00
    const daysFromStart = dayNumberOf("2126-07-04")! - dayNumberOf("2026-01-05")!;
    expect(shift.index).toBe(Math.floor(daysFromStart / 3) - (daysFromStart % 3 === 0 ? 1 : 0));
    expect(shift.participantId).toBe(["ana", "ben", "cai", "dee"][shift.index % 4]);
    expect(wallTimeAt("America/Chicago", shift.start)).toMatchObject({ hour: 9, minute: 0 });
    expect((shift.end.getTime() - shift.start.getTime()) / HOUR).toBe(72);
  });
});

describe("an invalid rotation is refused, not guessed at", () => {
  it.each([
    ["no participants", { participants: [] }],
    ["a zero shift length", { shiftLength: { unit: "days" as const, count: 0 } }],
    ["a handoff at 24:00", { handoffTime: "24:00" }],
    ["an unknown zone", { timeZone: "Mars/Olympus" }],
  ])("%s throws", (_, change) => {
    expect(() => shiftAt({ ...rotation("UTC", "days", 1, "09:00", "2026-01-01"), ...change }, utc("2026-02-01T00:00"))).toThrow(RangeError);
  });
});
