import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "@/lib/incidents/model";
import { ENTRIES_MAX, ENTRY_TEXT_MAX, eventText, keyTimesOf, prefillTimeline, sortTimeline } from "./timeline";
import { INCIDENT } from "./test-fixtures";

type Ev = Pick<TimelineEvent, "id" | "at" | "kind" | "data" | "body" | "pinned" | "deleted_at">;
const ev = (id: number, at: string, kind: TimelineEvent["kind"], extra: Partial<Ev> = {}): Ev => ({
  id,
  at,
  kind,
  data: {},
  body: null,
  pinned: false,
  deleted_at: null,
  ...extra,
});

describe("time order", () => {
  const e = (id: string, at: string | null, key: "started_at" | "detected_at" | "declared_at" | null = null) => ({ id, at, key });

  it.each([
    ["by instant", [e("b", "2026-11-23T14:05:00Z"), e("a", "2026-11-23T14:00:00Z")], ["a", "b"]],
    [
      "offsets compare as instants, not as text",
      [e("late", "2026-11-23T15:30:00+01:00"), e("early", "2026-11-23T14:10:00Z")],
      ["early", "late"],
    ],
    [
      "at the same instant key times first, in their natural order, then the rest as they were",
      [e("note", "2026-11-23T14:00:00Z"), e("declared", "2026-11-23T14:00:00Z", "declared_at"), e("started", "2026-11-23T14:00:00Z", "started_at")],
      ["started", "declared", "note"],
    ],
    [
      "entries without a time go last, in the order added",
      [e("n1", null), e("t", "2026-11-23T14:00:00Z"), e("n2", null)],
      ["t", "n1", "n2"],
    ],
    ["a broken time goes after the timed ones", [e("bad", "not a time"), e("t", "2026-11-23T14:00:00Z")], ["t", "bad"]],
  ] as const)("%s", (_name, entries, order) => {
    expect(sortTimeline(entries).map((x) => x.id)).toEqual(order);
  });

  it("sorting is stable: sorting twice changes nothing, and the input is not touched", () => {
    const input = [e("b", "2026-11-23T14:05:00Z"), e("a", "2026-11-23T14:05:00Z"), e("c", null)];
    const once = sortTimeline(input);
    expect(sortTimeline(once)).toEqual(once);
    expect(input.map((x) => x.id)).toEqual(["b", "a", "c"]);
  });
});

describe("pre-filled from the incident", () => {
  it("every key time that is set, labelled as on the incident page, in time order", () => {
    const entries = prefillTimeline({ ...INCIDENT, acknowledged_at: null }, []);
    expect(entries.map((x) => [x.id, x.at, x.text, x.key, x.source])).toEqual([
      ["key:started_at", "2026-11-23T14:00:00.000Z", "Impact started", "started_at", "key_time"],
      ["key:detected_at", "2026-11-23T14:08:00.000Z", "Detected", "detected_at", "key_time"],
      ["key:declared_at", "2026-11-23T14:10:00.000Z", "Declared", "declared_at", "key_time"],
      ["key:mitigated_at", "2026-11-23T14:40:00.000Z", "Mitigated", "mitigated_at", "key_time"],
      ["key:resolved_at", "2026-11-23T15:05:00.000Z", "Resolved", "resolved_at", "key_time"],
    ]);
  });

  it("live notes and pinned events join, between the key times; deleted notes and unpinned changes do not", () => {
    const entries = prefillTimeline(INCIDENT, [
      ev(1, "2026-11-23T14:10:00Z", "declared"),
      ev(2, "2026-11-23T14:20:00Z", "note", { body: "  502s after the deploy  " }),
      ev(3, "2026-11-23T14:25:00Z", "status", { data: { from: "investigating", to: "identified" }, pinned: true }),
      ev(4, "2026-11-23T14:26:00Z", "status", { data: { from: "identified", to: "monitoring" } }),
      ev(5, "2026-11-23T14:30:00Z", "note", { body: null, deleted_at: "2026-11-23T14:31:00Z" }),
      ev(6, "2026-11-23T14:35:00Z", "stakeholder_update", { body: "We are rolling back.", pinned: true, data: { channel: "status_page" } }),
    ]);
    expect(entries.filter((x) => x.source === "event").map((x) => [x.id, x.text, x.event_id])).toEqual([
      ["event:2", "502s after the deploy", 2],
      ["event:3", "Status moved from Investigating to Identified", 3],
      ["event:6", "Status page update: We are rolling back.", 6],
    ]);
    expect(entries.map((x) => x.id)).toEqual([
      "key:started_at", "key:detected_at", "key:declared_at", "key:acknowledged_at", "event:2", "event:3", "event:6", "key:mitigated_at", "key:resolved_at",
    ]);
  });

  it(`a long note is cut to ${ENTRY_TEXT_MAX} characters`, () => {
    const [entry] = prefillTimeline({ ...INCIDENT, ...Object.fromEntries(["started_at", "detected_at", "declared_at", "acknowledged_at", "mitigated_at", "resolved_at"].map((k) => [k, null])) } as typeof INCIDENT, [
      ev(1, "2026-11-23T14:20:00Z", "note", { body: "x".repeat(5000) }),
    ]);
    expect(entry.text).toHaveLength(ENTRY_TEXT_MAX);
    expect(entry.text.endsWith("…")).toBe(true);
  });

  it(`never more than ${ENTRIES_MAX} entries: key times kept, then pins, then the earliest notes`, () => {
    const notes = Array.from({ length: ENTRIES_MAX + 50 }, (_, i) => ev(i + 1, new Date(Date.UTC(2026, 10, 23, 14, 0, i)).toISOString(), "note", { body: `n${i + 1}` }));
    const pinned = ev(10_000, "2026-11-23T15:00:00Z", "severity", { pinned: true, data: { from: "P2", to: "P1" } });
    const entries = prefillTimeline(INCIDENT, [...notes, pinned]);
    expect(entries).toHaveLength(ENTRIES_MAX);
    expect(entries.filter((x) => x.key)).toHaveLength(6);
    expect(entries.some((x) => x.text === "Severity changed from P2 to P1")).toBe(true);
    const kept = entries.filter((x) => x.text.startsWith("n")).map((x) => x.event_id);
    expect(kept).toEqual(Array.from({ length: ENTRIES_MAX - 7 }, (_, i) => i + 1));
  });
});

describe("event words: systems and decisions, no names", () => {
  it.each([
    [ev(1, "", "severity", { data: { from: "P2", to: "P0" } }), "Severity changed from P2 to P0"],
    [ev(1, "", "stakeholder_update", { body: "Fixed.", data: { channel: "customer" } }), "Customer notification: Fixed."],
    [ev(1, "", "runbook_attached", { data: { title: "High error rate" } }), "Runbook “High error rate” in use"],
    [ev(1, "", "runbook_step", { data: { ticked: true, text: "Roll back" } }), "Runbook step done: Roll back"],
    [ev(1, "", "key_time", { data: { field: "mitigated_at" } }), "Mitigated corrected"],
    [ev(1, "", "role", { data: { role: "commander_id", from: "a", to: "b" } }), "Incident roles changed"],
    [ev(1, "", "field", { data: { field: "service_ids" } }), "Affected services changed"],
  ])("%j → %s", (e, text) => {
    expect(eventText(e)).toBe(text);
  });
});

describe("key times of a timeline", () => {
  it("the first timed entry of each key", () => {
    expect(
      keyTimesOf([
        { key: "started_at", at: null },
        { key: "started_at", at: "2026-11-23T14:00:00.000Z" },
        { key: null, at: "2026-11-23T14:01:00.000Z" },
        { key: "resolved_at", at: "2026-11-23T15:00:00.000Z" },
      ]),
    ).toEqual({ started_at: "2026-11-23T14:00:00.000Z", resolved_at: "2026-11-23T15:00:00.000Z" });
  });
});
