import { describe, expect, it } from "vitest";
import { parseIcs } from "@/tests/support/ics";
import { toIcs } from "./ical";
import { feedWindow, personFeedEvents, rotationFeedEvents, type FeedContext } from "./feed";
import type { RotationSetup } from "./now";
import type { Override } from "./overrides";

const NAMES: Record<string, string> = { liam: "Liam O'Brien", emma: "Emma, the DBA", noah: "Noah Kim", ana: "Ana", ben: "Ben" };
const ROTATIONS: Record<string, string> = { db: "Database", api: "API primary" };

// Like the demo "Database" rotation: daily, 09:00 London, two people taking turns.
const database = (overrides: Override[] = [], startDate = "2026-03-01"): RotationSetup => ({
  id: "db",
  rotation: { timeZone: "Europe/London", shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate, participants: ["liam", "emma"] },
  overrides,
  secondary: { kind: "next_participant" },
});
const ctx = (setups: RotationSetup[], from: string, to: string): FeedContext => ({
  setups,
  rotationName: (id) => ROTATIONS[id] ?? id,
  nameOf: (id) => NAMES[id] ?? id,
  rotationUrl: (id) => `https://beacon.example.com/oncall/${id}`,
  from: new Date(from),
  to: new Date(to),
});
/** Through the writer and a real parser, as a calendar app would see it. */
const asCalendarSees = (events: ReturnType<typeof rotationFeedEvents>) =>
  parseIcs(toIcs({ name: "Database on call", refreshMinutes: 60, events, now: new Date("2026-03-20T00:00:00Z") })).events;
const londonClock = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hour12: false }).format(at);
const hours = (e: { start: Date; end: Date }) => (e.end.getTime() - e.start.getTime()) / 3_600_000;

describe("calendar feed across a DST change", () => {
  it("a daily 09:00 London handoff stays 09:00 London across the last Sunday of March: 09:00Z, then 08:00Z", () => {
    const events = asCalendarSees(rotationFeedEvents("db", ctx([database()], "2026-03-27T12:00:00Z", "2026-03-31T00:00:00Z")));
    expect(events.map((e) => e.startText)).toEqual([
      "2026-03-27T09:00:00Z",
      "2026-03-28T09:00:00Z",
      "2026-03-29T08:00:00Z",
      "2026-03-30T08:00:00Z",
    ]);
    expect(events.every((e) => londonClock(e.start) === "09:00" && londonClock(e.end) === "09:00")).toBe(true);
    // The shift across the change is 23 hours; the others 24.
    expect(events.map(hours)).toEqual([24, 23, 24, 24]);
    expect(events.map((e) => e.summary)).toEqual([
      "On call: Database (Liam O'Brien)",
      "On call: Database (Emma, the DBA)",
      "On call: Database (Liam O'Brien)",
      "On call: Database (Emma, the DBA)",
    ]);
  });

  it("and across the last Sunday of October: 08:00Z, then 09:00Z, the shift across it 25 hours", () => {
    const events = asCalendarSees(rotationFeedEvents("db", ctx([database()], "2026-10-23T10:00:00Z", "2026-10-26T10:00:00Z")));
    expect(events.map((e) => e.startText)).toEqual(["2026-10-23T08:00:00Z", "2026-10-24T08:00:00Z", "2026-10-25T09:00:00Z", "2026-10-26T09:00:00Z"]);
    expect(events.every((e) => londonClock(e.start) === "09:00")).toBe(true);
    expect(events.map(hours)).toEqual([24, 25, 24, 24]);
  });
});

describe("rotation feed", () => {
  const cover: Override = {
    id: "o1",
    kind: "replace",
    addId: "noah",
    removeId: "liam",
    start: new Date("2026-06-01T12:00:00Z"),
    end: new Date("2026-06-01T20:00:00Z"),
  };

  it("splits a shift where an override covers part of it, says why, and names the secondary", () => {
    // 1 Jun 2026 is Liam's day (shift 92 since 1 Mar: even).
    const events = rotationFeedEvents("db", ctx([database([cover])], "2026-06-01T10:00:00Z", "2026-06-01T22:00:00Z"));
    expect(events.map((e) => [e.start.toISOString(), e.end.toISOString(), e.summary])).toEqual([
      ["2026-06-01T08:00:00.000Z", "2026-06-01T12:00:00.000Z", "On call: Database (Liam O'Brien)"],
      ["2026-06-01T12:00:00.000Z", "2026-06-01T20:00:00.000Z", "On call: Database (Noah Kim)"],
      ["2026-06-01T20:00:00.000Z", "2026-06-02T08:00:00.000Z", "On call: Database (Liam O'Brien)"],
    ]);
    expect(events[0].description).toBe("Liam O'Brien: rotation\nSecondary: Emma, the DBA\nhttps://beacon.example.com/oncall/db");
    expect(events[1].description).toBe("Noah Kim: covering for Liam O'Brien (override)\nSecondary: Emma, the DBA\nhttps://beacon.example.com/oncall/db");
    expect(events[1].url).toBe("https://beacon.example.com/oncall/db");
  });

  it("keeps each event's real start and UID as the window slides (never cut at the window's edge)", () => {
    const now = new Date("2026-06-10T15:00:00Z");
    const at = (t: Date) => {
      const w = feedWindow(t);
      return rotationFeedEvents("db", { ...ctx([database([cover])], "", ""), from: w.from, to: w.to });
    };
    const first = at(now);
    const later = at(new Date(now.getTime() + 5 * 3_600_000));
    // The window runs from 15:00Z 7 days back to 15:00Z 56 days ahead: the blocks running then
    // start and end at the 09:00 London handoffs around them.
    expect(first[0].start.toISOString()).toBe("2026-06-03T08:00:00.000Z");
    expect(first.at(-1)!.end.toISOString()).toBe("2026-08-06T08:00:00.000Z");
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(first[0].uid).toBe("oncall-db-20260603T080000Z@beacon");
  });

  it("a long shift running across the window's start keeps its real start", () => {
    const weekly: RotationSetup = {
      id: "api",
      rotation: { timeZone: "America/Chicago", shiftLength: { unit: "weeks", count: 4 }, handoffTime: "09:00", startDate: "2026-01-05", participants: ["ana", "ben"] },
      overrides: [],
      secondary: { kind: "next_participant" },
    };
    const events = rotationFeedEvents("api", ctx([weekly], "2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"));
    expect(events.map((e) => [e.start.toISOString(), e.end.toISOString(), e.summary])).toEqual([
      ["2026-02-02T15:00:00.000Z", "2026-03-02T15:00:00.000Z", "On call: API primary (Ben)"],
      ["2026-03-02T15:00:00.000Z", "2026-03-30T14:00:00.000Z", "On call: API primary (Ana)"],
    ]);
  });

  it("before a rotation starts, only overrides put anyone on call: their events start and end where they do", () => {
    const added: Override = { id: "o2", kind: "add", addId: "noah", start: new Date("2026-02-20T00:00:00Z"), end: new Date("2026-04-20T00:00:00Z") };
    const events = rotationFeedEvents("db", ctx([database([added], "2026-06-01")], "2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"));
    expect(events).toEqual([
      expect.objectContaining({
        start: added.start,
        end: added.end,
        summary: "On call: Database (Noah Kim)",
        description: "Noah Kim: added (override)\nSecondary: nobody\nhttps://beacon.example.com/oncall/db",
      }),
    ]);
  });

  it("an unknown rotation has no events", () => {
    expect(rotationFeedEvents("nope", ctx([database()], "2026-06-01T00:00:00Z", "2026-06-08T00:00:00Z"))).toEqual([]);
  });
});

describe("person feed", () => {
  const api: RotationSetup = {
    id: "api",
    rotation: { timeZone: "UTC", shiftLength: { unit: "days", count: 1 }, handoffTime: "00:00", startDate: "2026-06-01", participants: ["emma", "ana", "ben"] },
    overrides: [{ id: "o3", kind: "add", addId: "liam", start: new Date("2026-06-03T06:00:00Z"), end: new Date("2026-06-03T10:00:00Z") }],
    secondary: { kind: "rotation", rotationId: "db" },
  };

  it("lists the person's blocks in every rotation, in time order, with why and who backs them up", () => {
    const events = personFeedEvents("liam", ctx([database(), api], "2026-06-02T00:00:00Z", "2026-06-05T00:00:00Z"));
    expect(events.map((e) => [e.start.toISOString(), e.summary])).toEqual([
      // Liam's Database shift running when the window opens keeps its start.
      ["2026-06-01T08:00:00.000Z", "On call: Database"],
      ["2026-06-03T06:00:00.000Z", "On call: API primary"],
      ["2026-06-03T08:00:00.000Z", "On call: Database"],
    ]);
    expect(events[0].description).toBe("You are primary: rotation\nSecondary: Emma, the DBA\nhttps://beacon.example.com/oncall/db");
    expect(events[1].description).toBe("You are also on call: added (override)\nPrimary: Ben\nhttps://beacon.example.com/oncall/api");
    expect(events[0].uid).toBe("oncall-db-20260601T080000Z-liam@beacon");
  });

  it("a secondary from another rotation is that rotation's primary", () => {
    // 3 Jun: Ben on API primary, which leans on Database, where Liam is on call (shift 94).
    const events = personFeedEvents("ben", ctx([database(), api], "2026-06-03T12:00:00Z", "2026-06-03T13:00:00Z"));
    expect(events).toEqual([expect.objectContaining({ description: "You are primary: rotation\nSecondary: Liam O'Brien\nhttps://beacon.example.com/oncall/api" })]);
  });

  it("nobody on call anywhere: an empty feed", () => {
    expect(personFeedEvents("noah", ctx([database(), api], "2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z"))).toEqual([]);
  });
});
