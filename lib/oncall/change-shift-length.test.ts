import { describe, expect, it } from "vitest";
import { changeShiftLength } from "./change-shift-length";
import { nextHandoffs, shiftsBetween } from "./handoffs";
import { shiftAt, type Rotation } from "./rotation";

const utc = (iso: string) => new Date(`${iso}Z`);
const brief = (r: Rotation, from: Date, n: number) =>
  [shiftAt(r, from)!, ...nextHandoffs(r, from, n - 1).map((h) => shiftAt(r, h.at)!)].map((s) => [
    s.participantId,
    s.start.toISOString().slice(0, 16),
    s.end.toISOString().slice(0, 16),
  ]);

/** Everything up to the end of the shift in force at `at` is exactly as before the change. */
function expectUnchangedThroughCurrentShift(before: Rotation, after: Rotation, at: Date) {
  const end = shiftAt(before, at)!.end;
  expect(shiftsBetween(after, new Date(0), end)).toEqual(shiftsBetween(before, new Date(0), end));
}

// Weekly, Mondays 09:00 Chicago from 2026-03-02: ana until 03-09 14:00Z (09:00 CDT), then ben until 03-16.
const weekly: Rotation = {
  timeZone: "America/Chicago",
  shiftLength: { unit: "weeks", count: 1 },
  handoffTime: "09:00",
  startDate: "2026-03-02",
  participants: ["ana", "ben", "cai"],
};

describe("changing the shift length", () => {
  it("the person on call keeps their shift; the new length starts at the next handoff with the next person", () => {
    const at = utc("2026-03-11T12:00"); // Wednesday, ben on call
    const changed = changeShiftLength(weekly, at, { unit: "weeks", count: 2 });
    expectUnchangedThroughCurrentShift(weekly, changed, at);
    expect(brief(changed, at, 3)).toEqual([
      ["ben", "2026-03-09T14:00", "2026-03-16T14:00"], // ends when it always would have
      ["cai", "2026-03-16T14:00", "2026-03-30T14:00"], // two weeks, still Mondays 09:00 CDT
      ["ana", "2026-03-30T14:00", "2026-04-13T14:00"],
    ]);
    expect(changed).toMatchObject({ startDate: "2026-03-16", handoffTime: "09:00", firstShiftIndex: 2, earlierPlans: [{ startDate: "2026-03-02" }] });
  });

  it("a change exactly at a handoff takes effect from that handoff", () => {
    const at = utc("2026-03-16T14:00");
    const changed = changeShiftLength(weekly, at, { unit: "days", count: 1 });
    expect(brief(changed, at, 2)).toEqual([
      ["cai", "2026-03-16T14:00", "2026-03-17T14:00"],
      ["ana", "2026-03-17T14:00", "2026-03-18T14:00"],
    ]);
  });

  it("a change before the rotation starts just gives it the new length from its start date", () => {
    const changed = changeShiftLength(weekly, utc("2026-02-01T00:00"), { unit: "days", count: 2 });
    expect(changed).toEqual({ ...weekly, shiftLength: { unit: "days", count: 2 } });
  });

  it("daily to 8-hourly mid-shift: 8 h of elapsed time each from the next 09:00 handoff", () => {
    const daily = { ...weekly, shiftLength: { unit: "days" as const, count: 1 }, startDate: "2026-03-06" };
    const at = utc("2026-03-07T18:00"); // ben, 03-07 09:00 CST (15:00Z) to 03-08 09:00 CDT (14:00Z)
    const changed = changeShiftLength(daily, at, { unit: "hours", count: 8 });
    expectUnchangedThroughCurrentShift(daily, changed, at);
    expect(brief(changed, at, 3)).toEqual([
      ["ben", "2026-03-07T15:00", "2026-03-08T14:00"], // the 23 h spring-forward day, untouched
      ["cai", "2026-03-08T14:00", "2026-03-08T22:00"],
      ["ana", "2026-03-08T22:00", "2026-03-09T06:00"],
    ]);
  });

  it("a handoff moved by a DST gap keeps the configured handoff time for later shifts", () => {
    // Daily 02:30 Chicago: on 2026-03-08 there is no 02:30, so that handoff is 03:00 CDT (08:00Z).
    const daily: Rotation = { ...weekly, shiftLength: { unit: "days", count: 1 }, handoffTime: "02:30", startDate: "2026-03-01" };
    const changed = changeShiftLength(daily, utc("2026-03-07T12:00"), { unit: "days", count: 2 });
    expect(changed).toMatchObject({ startDate: "2026-03-08", handoffTime: "02:30", startsAt: utc("2026-03-08T08:00") });
    expect(brief(changed, utc("2026-03-08T09:00"), 2)).toEqual([
      ["ben", "2026-03-08T08:00", "2026-03-10T07:30"], // 03:00 CDT to 02:30 CDT two days on
      ["cai", "2026-03-10T07:30", "2026-03-12T07:30"],
    ]);
  });

  it("hourly to daily at the second 01:00 of fall-back takes over at that exact instant", () => {
    // 1 h shifts from 00:00 CDT on 2026-11-01: 01:00 CDT (06:00Z) and 01:00 CST (07:00Z) both hand off.
    const hourly: Rotation = { ...weekly, shiftLength: { unit: "hours", count: 1 }, handoffTime: "00:00", startDate: "2026-11-01" };
    const at = utc("2026-11-01T07:00"); // the second 01:00; "01:00" alone would mean the first
    const changed = changeShiftLength(hourly, at, { unit: "days", count: 1 });
    expect(changed).toMatchObject({ startDate: "2026-11-01", handoffTime: "01:00", startsAt: at, firstShiftIndex: 2 });
    expectUnchangedThroughCurrentShift(hourly, changed, utc("2026-11-01T06:30"));
    expect(brief(changed, utc("2026-11-01T06:30"), 3)).toEqual([
      ["ben", "2026-11-01T06:00", "2026-11-01T07:00"],
      ["cai", "2026-11-01T07:00", "2026-11-02T07:00"], // 01:00 CST to 01:00 CST: 24 h
      ["ana", "2026-11-02T07:00", "2026-11-03T07:00"],
    ]);
  });

  it("two changes in a row keep the order of participants and both earlier plans", () => {
    const twoWeeks = changeShiftLength(weekly, utc("2026-03-11T12:00"), { unit: "weeks", count: 2 });
    const daily = changeShiftLength(twoWeeks, utc("2026-04-01T00:00"), { unit: "days", count: 1 });
    expect(daily.earlierPlans).toHaveLength(2);
    expect(brief(daily, utc("2026-03-05T00:00"), 6).map(([who, start]) => `${who} ${start}`)).toEqual([
      "ana 2026-03-02T15:00", // weekly
      "ben 2026-03-09T14:00",
      "cai 2026-03-16T14:00", // two weeks
      "ana 2026-03-30T14:00",
      "ben 2026-04-13T14:00", // daily
      "cai 2026-04-14T14:00",
    ]);
  });

  it("a change that takes effect before a pending change replaces it", () => {
    const pending = changeShiftLength(weekly, utc("2026-03-11T12:00"), { unit: "weeks", count: 2 }); // from 03-16
    const instead = changeShiftLength(pending, utc("2026-03-12T00:00"), { unit: "days", count: 3 }); // also from 03-16
    expect(instead.earlierPlans).toHaveLength(1);
    expect(instead.shiftLength).toEqual({ unit: "days", count: 3 });
    expect(brief(instead, utc("2026-03-16T14:00"), 1)).toEqual([["cai", "2026-03-16T14:00", "2026-03-19T14:00"]]);
  });
});
