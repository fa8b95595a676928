import { describe, expect, it } from "vitest";
import { dayNumberOf, formatDayNumber, offsetAt, parseTimeOfDay, wallTimeAt, zonedWallTimeToInstant } from "./zoned-time";

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(`${iso}Z`);

// The 2026 transitions these tests rely on, as Intl (ICU's tzdata) reports them:
//   America/Chicago     2026-03-08 02:00 CST → 03:00 CDT (08:00Z)   2026-11-01 02:00 CDT → 01:00 CST (07:00Z)
//   Europe/London       2026-03-29 01:00 GMT → 02:00 BST (01:00Z)   2026-10-25 02:00 BST → 01:00 GMT (01:00Z)
//   Australia/Lord_Howe 2026-10-04 02:00 → 02:30 (+10:30 → +11, at 2026-10-03 15:30Z)
//                       2026-04-05 02:00 → 01:30 (+11 → +10:30, at 2026-04-04 15:00Z)
describe("the 2026 transitions are where the tests assume", () => {
  it.each([
    ["America/Chicago", "2026-03-08T08:00", -6, -5],
    ["America/Chicago", "2026-11-01T07:00", -5, -6],
    ["Europe/London", "2026-03-29T01:00", 0, 1],
    ["Europe/London", "2026-10-25T01:00", 1, 0],
    ["Australia/Lord_Howe", "2026-10-03T15:30", 10.5, 11],
    ["Australia/Lord_Howe", "2026-04-04T15:00", 11, 10.5],
  ])("%s changes offset at %sZ (from %d h to %d h)", (zone, at, before, after) => {
    expect(offsetAt(zone, utc(at).getTime() - 1000)).toBe(before * HOUR);
    expect(offsetAt(zone, utc(at))).toBe(after * HOUR);
  });
});

describe("zonedWallTimeToInstant", () => {
  it.each([
    // An ordinary time is just the wall time minus the offset.
    ["America/Chicago", "2026-01-15 09:00", "2026-01-15T15:00"], // CST, −6
    ["Asia/Kolkata", "2026-06-01 09:00", "2026-06-01T03:30"], // +5:30, no DST
    ["UTC", "2026-03-08 02:30", "2026-03-08T02:30"],
    // Chicago spring-forward: 02:00–02:59 never happens on 2026-03-08.
    ["America/Chicago", "2026-03-08 01:59", "2026-03-08T07:59"], // last CST minute
    ["America/Chicago", "2026-03-08 02:00", "2026-03-08T08:00"], // in the gap → 03:00 CDT
    ["America/Chicago", "2026-03-08 02:30", "2026-03-08T08:00"], // in the gap → 03:00 CDT, the first instant after it
    ["America/Chicago", "2026-03-08 03:00", "2026-03-08T08:00"], // 03:00 CDT itself
    ["America/Chicago", "2026-03-08 03:30", "2026-03-08T08:30"],
    // Chicago fall-back: 01:00–01:59 happens twice on 2026-11-01 (CDT, then CST).
    ["America/Chicago", "2026-11-01 00:59", "2026-11-01T05:59"], // CDT, −5
    ["America/Chicago", "2026-11-01 01:00", "2026-11-01T06:00"], // first 01:00 is CDT (not 07:00Z CST)
    ["America/Chicago", "2026-11-01 01:30", "2026-11-01T06:30"], // first 01:30 is CDT (not 07:30Z CST)
    ["America/Chicago", "2026-11-01 02:00", "2026-11-01T08:00"], // CST, −6: happens once
    // London spring-forward: 01:00–01:59 never happens on 2026-03-29.
    ["Europe/London", "2026-03-29 00:30", "2026-03-29T00:30"], // GMT
    ["Europe/London", "2026-03-29 01:30", "2026-03-29T01:00"], // in the gap → 02:00 BST
    ["Europe/London", "2026-03-29 02:00", "2026-03-29T01:00"], // 02:00 BST
    // London fall-back: 01:00–01:59 happens twice on 2026-10-25 (BST, then GMT).
    ["Europe/London", "2026-10-25 01:30", "2026-10-25T00:30"], // first 01:30 is BST (not 01:30Z GMT)
    ["Europe/London", "2026-10-25 02:00", "2026-10-25T02:00"], // GMT
    // Lord Howe spring-forward by 30 minutes: 02:00–02:29 never happens on 2026-10-04.
    ["Australia/Lord_Howe", "2026-10-04 01:59", "2026-10-03T15:29"], // +10:30
    ["Australia/Lord_Howe", "2026-10-04 02:15", "2026-10-03T15:30"], // in the gap → 02:30 +11
    ["Australia/Lord_Howe", "2026-10-04 02:30", "2026-10-03T15:30"], // 02:30 +11
    // Lord Howe fall-back by 30 minutes: 01:30–01:59 happens twice on 2026-04-05.
    ["Australia/Lord_Howe", "2026-04-05 01:29", "2026-04-04T14:29"], // +11, once
    ["Australia/Lord_Howe", "2026-04-05 01:45", "2026-04-04T14:45"], // first 01:45 is +11 (not 15:15Z at +10:30)
    ["Australia/Lord_Howe", "2026-04-05 02:00", "2026-04-04T15:30"], // +10:30, once
  ])("%s %s is %sZ", (zone, wall, expected) => {
    const [y, mo, d, h, mi] = wall.split(/[- :]/).map(Number);
    expect(zonedWallTimeToInstant(zone, y, mo, d, h, mi)).toEqual(utc(expected));
  });

  // The rule, checked by brute force: the answer is the earliest instant whose wall time is at or
  // after the requested one. Scan every minute from 30 h before to 30 h after each transition and
  // compare for every wall minute of the transition day.
  it.each([
    ["America/Chicago", "2026-03-08T08:00", "2026-03-08"],
    ["America/Chicago", "2026-11-01T07:00", "2026-11-01"],
    ["Europe/London", "2026-03-29T01:00", "2026-03-29"],
    ["Europe/London", "2026-10-25T01:00", "2026-10-25"],
    ["Australia/Lord_Howe", "2026-10-03T15:30", "2026-10-04"],
    ["Australia/Lord_Howe", "2026-04-04T15:00", "2026-04-05"],
  ])("every wall minute of the %s transition day (%sZ) resolves to the earliest instant showing it or later", (zone, transition, day) => {
    const t = utc(transition).getTime();
    const scan: { at: number; highestWallSoFar: number }[] = [];
    let highest = -Infinity;
    for (let at = t - 30 * HOUR; at <= t + 30 * HOUR; at += 60_000) {
      highest = Math.max(highest, at + offsetAt(zone, at)); // wall time written as UTC ms
      scan.push({ at, highestWallSoFar: highest });
    }
    const [y, mo, d] = day.split("-").map(Number);
    const wrong: string[] = [];
    let j = 0; // both wall minutes and highestWallSoFar only go up, so one pointer suffices
    for (let minute = 0; minute < 24 * 60; minute++) {
      const wall = Date.UTC(y, mo - 1, d, 0, minute);
      while (scan[j].highestWallSoFar < wall) j++;
      const expected = scan[j].at;
      const actual = zonedWallTimeToInstant(zone, y, mo, d, Math.floor(minute / 60), minute % 60).getTime();
      if (actual !== expected) wrong.push(`${minute}: ${new Date(actual).toISOString()} ≠ ${new Date(expected).toISOString()}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("wall time and calendar helpers", () => {
  it("reads the wall clock on both sides of a 30-minute fall-back (Lord Howe shows 01:45 twice)", () => {
    expect(wallTimeAt("Australia/Lord_Howe", utc("2026-04-04T14:45"))).toEqual({ year: 2026, month: 4, day: 5, hour: 1, minute: 45 });
    expect(wallTimeAt("Australia/Lord_Howe", utc("2026-04-04T15:15"))).toEqual({ year: 2026, month: 4, day: 5, hour: 1, minute: 45 });
  });

  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])("%j is not a calendar date", (text) => {
    expect(dayNumberOf(text)).toBeNull();
  });

  it("day numbers round-trip and count leap days", () => {
    expect(formatDayNumber(dayNumberOf("2028-02-29")!)).toBe("2028-02-29");
    expect(dayNumberOf("2028-03-01")! - dayNumberOf("2028-02-28")!).toBe(2);
  });

  it.each([
    ["00:00", { hour: 0, minute: 0 }],
    ["23:59", { hour: 23, minute: 59 }],
    ["24:00", null],
    ["9:00", null],
    ["12:60", null],
  ])("handoff time %j parses to %j", (text, expected) => {
    expect(parseTimeOfDay(text)).toEqual(expected);
  });
});
