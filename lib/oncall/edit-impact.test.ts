import { describe, expect, it } from "vitest";
import { hoursChanges, hoursOnCall, onCallSwapAt, swapToken } from "./edit-impact";
import type { RotationSetup } from "./now";
import type { Override } from "./overrides";

const utc = (iso: string) => new Date(`${iso}Z`);
// Daily at 09:00 in `zone` from 1 Jun 2026 (or `startDate`).
const daily = (participants: string[], overrides: Override[] = [], zone = "UTC", startDate = "2026-06-01"): RotationSetup => ({
  id: "r",
  rotation: { timeZone: zone, shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate, participants },
  overrides,
  secondary: { kind: "next_participant" },
});
const weekFrom = (iso: string) => [utc(iso), new Date(utc(iso).getTime() + 7 * 86_400_000)] as const;

describe("hours on call", () => {
  it("a daily rotation of two over a week: the first has four days, the second three", () => {
    const [from, to] = weekFrom("2026-06-01T09:00");
    expect(Object.fromEntries(hoursOnCall(daily(["ana", "ben"]), from, to))).toEqual({ ana: 96, ben: 72 });
  });

  it("a replace override moves the covered hours to the cover", () => {
    const [from, to] = weekFrom("2026-06-01T09:00");
    const cover: Override = { id: "o", kind: "replace", addId: "dan", removeId: "ana", start: utc("2026-06-01T09:00"), end: utc("2026-06-01T21:00") };
    expect(Object.fromEntries(hoursOnCall(daily(["ana", "ben"], [cover]), from, to))).toEqual({ ana: 84, ben: 72, dan: 12 });
  });

  it("an add override counts the added person's hours without taking any from the primary", () => {
    const [from, to] = weekFrom("2026-06-01T09:00");
    const extra: Override = { id: "o", kind: "add", addId: "dan", start: utc("2026-06-02T09:00"), end: utc("2026-06-02T13:00") };
    expect(Object.fromEntries(hoursOnCall(daily(["ana", "ben"], [extra]), from, to))).toEqual({ ana: 96, ben: 72, dan: 4 });
  });

  it("across spring-forward a daily shift is 23 h (London, 29 Mar 2026)", () => {
    // 09:00 BST on 29 Mar is 08:00Z; 09:00 GMT on 28 Mar is 09:00Z: that shift lasts 23 h.
    const from = utc("2026-03-28T09:00");
    const to = utc("2026-03-29T08:00");
    expect(Object.fromEntries(hoursOnCall(daily(["ana"], [], "Europe/London", "2026-03-28"), from, to))).toEqual({ ana: 23 });
  });

  it("before the first shift nobody has hours", () => {
    const [from, to] = weekFrom("2026-05-01T00:00");
    expect(hoursOnCall(daily(["ana"]), from, to).size).toBe(0);
  });
});

describe("hours gained or lost by an edit", () => {
  const [from, to] = weekFrom("2026-06-01T09:00");

  it("adding a third participant takes hours from the two already there; the newcomer gains first in the list", () => {
    const changes = hoursChanges(daily(["ana", "ben"]), daily(["ana", "ben", "cai"]), from, to);
    // Before: ana days 1, 3, 5, 7 and ben 2, 4, 6; after: ana 1, 4, 7, ben 2, 5, cai 3, 6.
    expect(changes).toEqual([
      { personId: "cai", before: 0, after: 48, delta: 48 },
      { personId: "ana", before: 96, after: 72, delta: -24 },
      { personId: "ben", before: 72, after: 48, delta: -24 },
    ]);
  });

  it("a new rotation: everyone gains what they will have", () => {
    expect(hoursChanges(null, daily(["ana", "ben"]), from, to).map((c) => [c.personId, c.delta])).toEqual([
      ["ana", 96],
      ["ben", 72],
    ]);
  });

  it("an edit that changes nobody's hours lists nobody", () => {
    expect(hoursChanges(daily(["ana", "ben"]), daily(["ana", "ben"]), from, to)).toEqual([]);
  });

  it("swapping the order swaps the hours: the totals still add up to zero", () => {
    const changes = hoursChanges(daily(["ana", "ben", "cai"]), daily(["ben", "ana", "cai"]), from, to);
    expect(changes.reduce((sum, c) => sum + c.delta, 0)).toBe(0);
  });
});

describe("who is on call right now, before and after an edit", () => {
  const at = utc("2026-06-02T12:00"); // ben's day in ana, ben, cai

  it("reordering so someone else holds the current shift is a swap, named by the new list", () => {
    const swap = onCallSwapAt(daily(["ana", "ben", "cai"]), daily(["ana", "cai", "ben"]), at);
    expect(swap).toEqual({ before: ["ben"], after: ["cai"] });
    expect(swapToken(swap!)).toBe("cai");
  });

  it("removing the person on call right now is a swap: the next one moves up into the slot", () => {
    expect(onCallSwapAt(daily(["ana", "ben", "cai"]), daily(["ana", "cai"]), at)).toEqual({ before: ["ben"], after: ["cai"] });
  });

  it("removing someone who is not on call now, when the current holder keeps the slot, is no swap", () => {
    // ben stays at position 1 (shift 1 is his); cai at the end is removed.
    expect(onCallSwapAt(daily(["ana", "ben", "cai"]), daily(["ana", "ben"]), at)).toBeNull();
  });

  it("an override keeps the cover on call whatever the order, so a reorder under it is no swap", () => {
    const cover: Override = { id: "o", kind: "replace", addId: "dan", removeId: "ben", start: utc("2026-06-02T09:00"), end: utc("2026-06-03T09:00") };
    const coverCai: Override = { ...cover, removeId: "cai" };
    expect(onCallSwapAt(daily(["ana", "ben", "cai"], [cover]), daily(["ana", "cai", "ben"], [coverCai]), at)).toBeNull();
  });

  it("moving the start date into the future leaves nobody on call now, and says so", () => {
    const swap = onCallSwapAt(daily(["ana", "ben"]), daily(["ana", "ben"], [], "UTC", "2026-07-01"), at);
    expect(swap).toEqual({ before: ["ben"], after: [] });
    expect(swapToken(swap!)).toBe("nobody");
  });
});
