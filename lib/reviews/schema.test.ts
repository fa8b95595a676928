import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { emptySection, SECTIONS } from "./model";
import {
  addActionItemSchema,
  affectedAmountSchema,
  editActionItemSchema,
  impactSchema,
  parseAffectedAmount,
  rootCauseSchema,
  saveSectionSchema,
  sectionSchemas,
  timelineSchema,
} from "./schema";
import { completeSections } from "./test-fixtures";

const errorsOf = (r: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) => (r.success ? {} : fieldErrorsOf(r.error!));
const REVIEW = "00000000-0000-4000-8000-00000000beef";

describe("every section: blank and complete both save; the result has every key", () => {
  it.each(SECTIONS)("%s", (section) => {
    expect(sectionSchemas[section].parse(emptySection(section))).toEqual(emptySection(section));
    const complete = completeSections()[section];
    expect(sectionSchemas[section].parse(complete)).toEqual(complete);
    // A client that leaves keys out still stores the full shape the database insists on.
    expect(Object.keys(sectionSchemas[section].parse({}))).toEqual(Object.keys(emptySection(section)));
  });
});

describe("users or requests affected: a number or a percentage", () => {
  it.each([
    ["1200", { kind: "number", value: 1200 }],
    ["1,200", { kind: "number", value: 1200 }],
    ["  35 ", { kind: "number", value: 35 }],
    ["0", { kind: "number", value: 0 }],
    ["8%", { kind: "percent", value: 8 }],
    ["8.5 %", { kind: "percent", value: 8.5 }],
    ["100%", { kind: "percent", value: 100 }],
    ["0.01%", { kind: "percent", value: 0.01 }],
  ])("%j reads %j", (text, parsed) => {
    expect(parseAffectedAmount(text)).toEqual(parsed);
    expect(affectedAmountSchema.parse(text)).toEqual(parsed);
  });

  it.each(["", "many", "-5", "12.5", "101%", "1,20", "8 % of users", "1e6", "%"])("%j is neither: refused with an example", (text) => {
    expect(parseAffectedAmount(text)).toBeNull();
    expect(errorsOf(affectedAmountSchema.safeParse(text))).toEqual({ _form: "Enter a number (1200) or a percentage (8%)" });
  });

  it.each([
    [{ who: "users", kind: "percent", value: 120 }, { "affected.value": "A percentage is at most 100%" }],
    [{ who: "users", kind: "number", value: 2.5 }, { "affected.value": "Count whole users or requests" }],
    [{ who: "users", kind: "number", value: -1 }, { "affected.value": "Enter a number (1200) or a percentage (8%)" }],
    [{ who: "robots", kind: "number", value: 1 }, { "affected.who": "Pick users or requests" }],
  ])("stored form %j refused: %j", (affected, errors) => {
    expect(errorsOf(impactSchema.safeParse({ affected }))).toEqual(errors);
  });

  it("services affected: duplicates folded", () => {
    const id = "00000000-0000-4000-8000-0000000000a1";
    expect(impactSchema.parse({ service_ids: [id, id] }).service_ids).toEqual([id]);
  });
});

describe("timeline", () => {
  const entry = (id: string, at: string | null, key: string | null = null) => ({ id, at, text: id, key, source: "person", event_id: null });

  it("times are stored in UTC and entries come back in time order", () => {
    const t = timelineSchema.parse({
      time_zone: "Europe/Berlin",
      entries: [entry("b", "2026-11-23T15:30:00+01:00"), entry("new", null), entry("a", "2026-11-23T14:00:00Z")],
    });
    expect(t.entries.map((e) => [e.id, e.at])).toEqual([
      ["a", "2026-11-23T14:00:00.000Z"],
      ["b", "2026-11-23T14:30:00.000Z"],
      ["new", null],
    ]);
  });

  it.each([
    ["an unknown zone", { time_zone: "Mars/Olympus", entries: [] }, { time_zone: "Pick a time zone from the list" }],
    ["a time that is not one", { entries: [entry("a", "tomorrow")] }, { "entries.0.at": "Enter a date and time" }],
    ["a time without an offset", { entries: [entry("a", "2026-11-23T14:00:00")] }, { "entries.0.at": "Enter a date and time" }],
    ["two entries with one id", { entries: [entry("a", null), entry("a", null)] }, { "entries.1.id": "Two entries share an id" }],
    [
      "the same key time twice",
      { entries: [entry("s1", "2026-11-23T14:00:00Z", "started_at"), entry("s2", "2026-11-23T14:01:00Z", "started_at")] },
      { "entries.1.key": "The timeline already has this key time" },
    ],
    [
      "key times out of the incident's order: on the later one's time",
      { entries: [entry("s", "2026-11-23T14:10:00Z", "started_at"), entry("d", "2026-11-23T14:05:00Z", "detected_at")] },
      { "entries.1.at": "Detected can't be before Impact started (14:10 UTC)" },
    ],
    [
      "…told in the timeline's zone",
      { time_zone: "Europe/Berlin", entries: [entry("s", "2026-11-23T14:10:00Z", "started_at"), entry("d", "2026-11-23T14:05:00Z", "detected_at")] },
      { "entries.1.at": "Detected can't be before Impact started (15:10 CET)" },
    ],
    ["an entry too long", { entries: [{ ...entry("a", null), text: "x".repeat(1001) }] }, { "entries.0.text": "Keep an entry under 1,000 characters" }],
    ["too many entries", { entries: Array.from({ length: 301 }, (_, i) => entry(`e${i}`, null)) }, { entries: "Keep the timeline under 300 entries" }],
  ])("refused: %s", (_name, content, errors) => {
    expect(errorsOf(timelineSchema.safeParse(content))).toEqual(errors);
  });

  it("a key time years ahead is no error here (the incident is over; only order matters)", () => {
    expect(timelineSchema.safeParse({ entries: [entry("r", "2099-01-01T00:00:00Z", "resolved_at")] }).success).toBe(true);
  });
});

describe("root cause", () => {
  it.each([
    ["an unknown factor category", { contributing_factors: [{ id: "f", category: "gremlins", description: "" }] }, { "contributing_factors.0.category": "Pick a category" }],
    ["six whys", { five_whys: ["1", "2", "3", "4", "5", "6"] }, { five_whys: "Five whys at most" }],
    ["a trigger too long", { trigger: "x".repeat(2001) }, { trigger: "Keep the trigger under 2,000 characters" }],
  ])("refused: %s", (_name, content, errors) => {
    expect(errorsOf(rootCauseSchema.safeParse(content))).toEqual(errors);
  });
});

describe("saving a section", () => {
  it("checks the content by the section it names; errors under content.", () => {
    const r = saveSectionSchema.safeParse({ review_id: REVIEW, section: "timeline", version: 3, content: { entries: [{ id: "a", at: "soon", text: "" }] } });
    expect(errorsOf(r)).toEqual({ "content.entries.0.at": "Enter a date and time" });
  });

  it.each([
    [{ review_id: REVIEW, section: "appendix", version: 1, content: {} }, "section"],
    [{ review_id: REVIEW, section: "summary", version: 0, content: {} }, "version"],
    [{ review_id: "nope", section: "summary", version: 1, content: {} }, "review_id"],
  ])("refused: %j (on %s)", (input, field) => {
    expect(Object.keys(errorsOf(saveSectionSchema.safeParse(input)))).toEqual([field]);
  });

  it("a summary save keeps exactly what was typed", () => {
    const r = saveSectionSchema.parse({ review_id: REVIEW, section: "summary", version: 2, content: { text: "  spaces kept\n" } });
    expect(r.content).toEqual({ text: "  spaces kept\n" });
  });
});

describe("action items", () => {
  it("a new item needs only a title; the rest defaults, due date left to the severity", () => {
    expect(addActionItemSchema.parse({ review_id: REVIEW, title: "  Alert on 503s " })).toEqual({
      review_id: REVIEW,
      title: "Alert on 503s",
      owner_id: null,
      priority: "medium",
      type: "prevent",
      status: "open",
      tracker_url: null,
    });
  });

  it.each([
    [{ title: "" }, { title: "Say what will be done" }],
    [{ title: "x".repeat(201) }, { title: "Keep the title under 200 characters" }],
    [{ tracker_url: "javascript:alert(1)" }, { tracker_url: "Link to the tracker with an http:// or https:// address" }],
    [{ tracker_url: "data:text/html,hi" }, { tracker_url: "Link to the tracker with an http:// or https:// address" }],
    [{ tracker_url: "ftp://tracker.example.com/1" }, { tracker_url: "Link to the tracker with an http:// or https:// address" }],
    [{ tracker_url: "tracker.example.com/1" }, { tracker_url: "Link to the tracker with an http:// or https:// address" }],
    [{ due_date: "2026-02-30" }, { due_date: "Enter a date" }],
    [{ type: "blame" }, { type: "Pick a type" }],
    [{ status: "closed" }, { status: "Pick a status" }],
    [{ priority: "urgent" }, { priority: "Pick a priority" }],
  ])("%j refused: %j", (fields, errors) => {
    expect(errorsOf(addActionItemSchema.safeParse({ review_id: REVIEW, title: "Alert", ...fields }))).toEqual(errors);
  });

  it.each([
    ["https://tracker.example.com/BEACON-12", "https://tracker.example.com/BEACON-12"],
    ["http://tracker.internal/issues/7", "http://tracker.internal/issues/7"],
    ["", null],
  ])("tracker link %j kept as %j", (url, stored) => {
    expect(addActionItemSchema.parse({ review_id: REVIEW, title: "A", tracker_url: url }).tracker_url).toBe(stored);
  });

  it("an empty due date or owner from a form means none", () => {
    const r = addActionItemSchema.parse({ review_id: REVIEW, title: "A", due_date: "", owner_id: "" });
    expect([r.due_date, r.owner_id]).toEqual([null, null]);
  });

  it("an edit changes something", () => {
    expect(errorsOf(editActionItemSchema.safeParse({ id: REVIEW, version: 1, changes: {} }))).toEqual({ changes: "Nothing to save" });
    expect(editActionItemSchema.parse({ id: REVIEW, version: 1, changes: { status: "done" } }).changes).toEqual({ status: "done" });
  });
});
