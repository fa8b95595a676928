import { describe, expect, it } from "vitest";
import { ackClock, formatDuration, updateCadence } from "./timers";

const s = 1000;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe("durations as people say them", () => {
  it.each([
    [0, "0 s"],
    [999, "0 s"],
    [45 * s, "45 s"],
    [59 * s + 999, "59 s"],
    [min, "1 min"],
    [42 * min + 59 * s, "42 min"],
    [h, "1 h"],
    [h + 5 * min, "1 h 5 min"],
    [23 * h + 59 * min + 59 * s, "23 h 59 min"],
    [d, "1 d"],
    [2 * d + 3 * h + 59 * min, "2 d 3 h"],
    [400 * d, "400 d"],
  ])("%i ms reads %s (rounded down, two units at most)", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([-1, -5 * min, Number.NaN, Number.NEGATIVE_INFINITY])("%d ms is never negative: 0 s", (ms) => {
    expect(formatDuration(ms)).toBe("0 s");
  });
});

describe("the acknowledge clock", () => {
  const p1 = { id: "P1", ack_minutes: 15 };
  const declared = "2026-11-23T14:00:00Z";
  const at = (iso: string) => new Date(iso);
  const open = { declared_at: declared, acknowledged_at: null, status: "investigating" as const };

  it("counts down from declaration while waiting", () => {
    expect(ackClock(open, p1, at("2026-11-23T14:12:00Z"))).toEqual({
      state: "waiting",
      dueAt: at("2026-11-23T14:15:00Z"),
      remainingMs: 3 * min,
      overdueMs: 0,
      label: "Acknowledge within 3 min",
    });
  });

  it("rounds the time left down: 2 min 59 s left reads 2 min", () => {
    expect(ackClock(open, p1, at("2026-11-23T14:12:00.001Z")).label).toBe("Acknowledge within 2 min");
  });

  it("exactly at the due time it is still waiting, and says so plainly", () => {
    const c = ackClock(open, p1, at("2026-11-23T14:15:00Z"));
    expect([c.state, c.remainingMs, c.label]).toEqual(["waiting", 0, "Acknowledge now — P1 expects it within 15 min"]);
  });

  it("1 ms after the due time it is breached", () => {
    const c = ackClock(open, p1, at("2026-11-23T14:15:00.001Z"));
    expect([c.state, c.overdueMs, c.remainingMs]).toEqual(["breached", 1, 0]);
  });

  it("when breached, says by how much and what the severity expects", () => {
    const c = ackClock(open, p1, at("2026-11-23T14:17:30Z"));
    expect([c.state, c.overdueMs, c.label]).toEqual([
      "breached",
      2 * min + 30 * s,
      "Acknowledgement overdue by 2 min — P1 expects it within 15 min",
    ]);
  });

  it("once acknowledged in time, tells how long it took and stops counting", () => {
    const c = ackClock({ ...open, acknowledged_at: "2026-11-23T14:04:10Z" }, p1, at("2026-11-24T09:00:00Z"));
    expect(c).toEqual({
      state: "acknowledged",
      dueAt: at("2026-11-23T14:15:00Z"),
      remainingMs: 0,
      overdueMs: 0,
      label: "Acknowledged after 4 min",
    });
  });

  it("acknowledged late, it also says what was expected", () => {
    const c = ackClock({ ...open, acknowledged_at: "2026-11-23T14:20:00Z" }, p1, at("2026-11-23T15:00:00Z"));
    expect([c.state, c.overdueMs, c.label]).toEqual(["acknowledged", 5 * min, "Acknowledged after 20 min — P1 expects it within 15 min"]);
  });

  it("a resolved incident with an acknowledged time counts as acknowledged", () => {
    const c = ackClock({ declared_at: declared, acknowledged_at: "2026-11-23T16:00:00Z", status: "resolved" }, p1, at("2026-11-25T00:00:00Z"));
    expect([c.state, c.label]).toEqual(["acknowledged", "Acknowledged after 2 h — P1 expects it within 15 min"]);
  });

  it("a resolved incident without one shows what the data says: never acknowledged", () => {
    const c = ackClock({ declared_at: declared, acknowledged_at: null, status: "resolved" }, p1, at("2026-11-23T15:00:00Z"));
    expect([c.state, c.label]).toEqual(["breached", "Acknowledgement overdue by 45 min — P1 expects it within 15 min"]);
  });

  it("a day-long target reads in days", () => {
    const c = ackClock(open, { id: "P3", ack_minutes: 1440 }, at("2026-11-25T14:00:00Z"));
    expect(c.label).toBe("Acknowledgement overdue by 1 d — P3 expects it within 1 d");
  });
});

describe("the stakeholder update clock", () => {
  const p1 = { id: "P1", update_minutes: 30 };
  const declared = new Date("2026-11-23T14:00:00Z");
  const last = new Date("2026-11-23T14:10:00Z"); // due 14:40; due soon from 14:34
  const at = (iso: string) => new Date(iso);

  it.each([
    ["well inside the interval", "2026-11-23T14:20:00Z", "ok", "Last update 10 min ago — P1 expects one every 30 min"],
    ["1 ms before the last fifth", "2026-11-23T14:33:59.999Z", "ok", "Last update 23 min ago — P1 expects one every 30 min"],
    ["at the start of the last fifth", "2026-11-23T14:34:00Z", "due soon", "Last update 24 min ago — P1 expects one every 30 min"],
    ["exactly at the due time", "2026-11-23T14:40:00Z", "due soon", "Last update 30 min ago — P1 expects one every 30 min"],
    ["1 ms after the due time", "2026-11-23T14:40:00.001Z", "overdue", "Last update 30 min ago — P1 expects one every 30 min"],
    ["long after", "2026-11-23T14:52:00Z", "overdue", "Last update 42 min ago — P1 expects one every 30 min"],
  ])("%s: %s is %s", (_, now, state, label) => {
    expect(updateCadence(last, declared, p1, at(now), "identified")).toEqual({ state, dueAt: at("2026-11-23T14:40:00Z"), label });
  });

  it("with no update yet, counts from declaration", () => {
    expect(updateCadence(null, declared, p1, at("2026-11-23T14:42:00Z"), "investigating")).toEqual({
      state: "overdue",
      dueAt: at("2026-11-23T14:30:00Z"),
      label: "No update yet, declared 42 min ago — P1 expects one every 30 min",
    });
  });

  it("with no update yet and time to spare, is ok", () => {
    expect(updateCadence(null, declared, p1, at("2026-11-23T14:05:00Z"), "investigating").state).toBe("ok");
  });

  it("a resolved incident needs no more updates, however long it has been", () => {
    expect(updateCadence(last, declared, p1, at("2026-12-01T00:00:00Z"), "resolved")).toEqual({
      state: "not needed",
      dueAt: null,
      label: "Resolved — no more updates due",
    });
  });

  it("an update stamped a little in the future (clock skew) reads 0 s ago, not a negative time", () => {
    const c = updateCadence(at("2026-11-23T14:10:02Z"), declared, p1, at("2026-11-23T14:10:00Z"), "monitoring");
    expect([c.state, c.label]).toEqual(["ok", "Last update 0 s ago — P1 expects one every 30 min"]);
  });
});
