import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { addNoteSchema, declareSchema, editIncidentSchema, editNoteSchema, incidentChangesSchema, stakeholderUpdateSchema } from "./schema";

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrorsOf(r.error as Parameters<typeof fieldErrorsOf>[0]);

const INCIDENT = "0b7f3c2a-5d1e-4f6a-9b8c-7d6e5f4a3b2c";
const SERVICE = "3f2b8c1e-9d4a-4e6b-8a7c-1d2e3f4a5b6c";
const declare = { title: "Checkout returns 500s", severity: "P1" };

describe("declaring an incident", () => {
  it("needs only a title and a severity; the rest has defaults", () => {
    expect(declareSchema.parse(declare)).toEqual({ ...declare, service_ids: [], summary: "", drill: false });
  });

  it.each([
    ["empty", "", "Give the incident a title"],
    ["whitespace only", "   \t\n ", "Give the incident a title"],
    ["10,000 characters", "x".repeat(10_000), "Keep the title under 200 characters"],
    ["201 characters", "x".repeat(201), "Keep the title under 200 characters"],
    ["missing", undefined, "Give the incident a title"],
  ])("a title that is %s is refused", (_, title, message) => {
    expect(errorsOf(declareSchema.safeParse({ ...declare, title }))).toEqual({ title: message });
  });

  it("a title of exactly 200 characters is accepted, and surrounding spaces do not count", () => {
    expect(declareSchema.parse({ ...declare, title: "x".repeat(200) }).title).toHaveLength(200);
    expect(declareSchema.parse({ ...declare, title: `  ${"x".repeat(200)}  ` }).title).toBe("x".repeat(200));
  });

  it.each([["P10"], ["p1"], ["Critical"], [""], [" P1"], ["P1 "], [1], [null]])("severity %j is not one from the list", (severity) => {
    expect(Object.keys(errorsOf(declareSchema.safeParse({ ...declare, severity })))).toEqual(["severity"]);
  });

  it("a missing severity asks for one", () => {
    expect(errorsOf(declareSchema.safeParse({ title: "x" }))).toEqual({ severity: "Pick a severity" });
  });

  it.each([
    [["not-a-uuid"]],
    [["'; drop table incidents; --"]],
    [[SERVICE, `${SERVICE}0`]],
    [[42]],
    ["not a list"],
  ])("forged service ids %j are refused", (service_ids) => {
    const errors = errorsOf(declareSchema.safeParse({ ...declare, service_ids }));
    expect(Object.values(errors)).toEqual(["Pick services from the list"]);
  });

  it("accepts real service ids, up to 50", () => {
    expect(declareSchema.parse({ ...declare, service_ids: [SERVICE] }).service_ids).toEqual([SERVICE]);
    expect(errorsOf(declareSchema.safeParse({ ...declare, service_ids: Array(51).fill(SERVICE) }))).toEqual({
      service_ids: "Pick at most 50 services",
    });
  });

  it.each([
    ["", null],
    [null, null],
    ["demo-ana", "demo-ana"],
  ])("commander %j is stored as %j", (commander_id, stored) => {
    expect(declareSchema.parse({ ...declare, commander_id }).commander_id).toBe(stored);
  });

  it("leaving out the commander leaves it to the database (whoever declares)", () => {
    expect(declareSchema.parse(declare)).not.toHaveProperty("commander_id");
  });
});

describe("editing an incident", () => {
  const edit = (changes: Record<string, unknown>) => editIncidentSchema.safeParse({ incident_id: INCIDENT, version: 3, changes });

  it("an edit with no changes is refused: nothing to save", () => {
    expect(errorsOf(edit({}))).toEqual({ changes: "Nothing to save" });
  });

  it("an edit changes only what it names", () => {
    expect(incidentChangesSchema.parse({ scribe_id: "" })).toEqual({ scribe_id: null });
  });

  it("an edit names a real incident and the version it started from", () => {
    expect(Object.keys(errorsOf(editIncidentSchema.safeParse({ incident_id: "INC-4", version: 0, changes: { drill: true } })))).toEqual([
      "incident_id",
      "version",
    ]);
  });

  it.each([
    ["2026-11-23T14:05:00Z"],
    ["2026-11-23T14:05:00.123Z"],
    ["2026-11-23T09:05:00-05:00"],
    ["2026-11-23T19:35:00+05:30"],
  ])("key time %s has an offset and is accepted", (started_at) => {
    expect(edit({ started_at }).success).toBe(true);
  });

  it.each([
    ["2026-11-23T14:05:00"], // a wall time without a zone means a different instant to each reader
    ["2026-11-23 14:05"],
    ["23/11/2026 14:05"],
    ["yesterday"],
    [""],
  ])("key time %j without an offset is refused, naming the field", (started_at) => {
    expect(errorsOf(edit({ started_at }))).toEqual({ "changes.started_at": "Impact started: enter a date and time" });
  });

  it("the times that may be empty can be cleared with null; the others cannot", () => {
    expect(edit({ acknowledged_at: null, mitigated_at: null, resolved_at: null }).success).toBe(true);
    expect(errorsOf(edit({ declared_at: null }))).toEqual({ "changes.declared_at": "Declared: enter a date and time" });
  });

  it("an edited title follows the same rules as a new one", () => {
    expect(errorsOf(edit({ title: " " }))).toEqual({ "changes.title": "Give the incident a title" });
  });
});

describe("notes and stakeholder updates", () => {
  it("a note's body is trimmed", () => {
    expect(addNoteSchema.parse({ incident_id: INCIDENT, body: "  rolled back 8812 \n" }).body).toBe("rolled back 8812");
  });

  it.each([
    ["empty", "", "Write something first"],
    ["whitespace only", " \n\t ", "Write something first"],
    ["over 20,000 characters", "x".repeat(20_001), "Keep a note under 20,000 characters"],
  ])("a note that is %s is refused", (_, body, message) => {
    expect(errorsOf(addNoteSchema.safeParse({ incident_id: INCIDENT, body }))).toEqual({ body: message });
    expect(errorsOf(editNoteSchema.safeParse({ event_id: 7, body }))).toEqual({ body: message });
  });

  it("a note of exactly 20,000 characters is accepted, counted after trimming", () => {
    expect(addNoteSchema.safeParse({ incident_id: INCIDENT, body: ` ${"x".repeat(20_000)} ` }).success).toBe(true);
  });

  it("a stakeholder update goes to a known channel", () => {
    expect(stakeholderUpdateSchema.safeParse({ incident_id: INCIDENT, channel: "customer", body: "Hello" }).success).toBe(true);
    expect(Object.keys(errorsOf(stakeholderUpdateSchema.safeParse({ incident_id: INCIDENT, channel: "sms", body: "Hello" })))).toEqual([
      "channel",
    ]);
  });
});
