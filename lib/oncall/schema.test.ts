import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { overrideFormSchema, overrideSchema, rotationFormSchema, rotationSchema } from "./schema";

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrorsOf(r.error as Parameters<typeof fieldErrorsOf>[0]);

const rotation = {
  timeZone: "America/Chicago",
  shiftLength: { unit: "weeks", count: 1 },
  handoffTime: "09:00",
  startDate: "2026-03-02",
  participants: ["ana", "ben"],
};

describe("rotation form", () => {
  it("accepts a complete rotation, reading the shift length from text", () => {
    const r = rotationSchema.parse({ ...rotation, shiftLength: { unit: "hours", count: "8" } });
    expect(r.shiftLength).toEqual({ unit: "hours", count: 8 });
  });

  it.each([
    ["timeZone", { timeZone: "Mars/Olympus" }, "Pick a time zone from the list"],
    ["timeZone", { timeZone: "" }, "Pick a time zone from the list"],
    ["shiftLength.count", { shiftLength: { unit: "days", count: 0 } }, "A shift must last at least 1 hour, day or week"],
    ["shiftLength.count", { shiftLength: { unit: "days", count: -2 } }, "A shift must last at least 1 hour, day or week"],
    ["shiftLength.count", { shiftLength: { unit: "days", count: "" } }, "A shift must last at least 1 hour, day or week"],
    ["shiftLength.count", { shiftLength: { unit: "days", count: 1.5 } }, "Enter a whole number of hours, days or weeks"],
    ["shiftLength.unit", { shiftLength: { unit: "months", count: 1 } }, "Pick hours, days or weeks"],
    ["participants", { participants: [] }, "Add at least one participant"],
    ["handoffTime", { handoffTime: "24:00" }, "Enter a handoff time from 00:00 to 23:59"],
    ["handoffTime", { handoffTime: "9am" }, "Enter a handoff time from 00:00 to 23:59"],
    ["startDate", { startDate: "2026-02-30" }, "Enter a start date as YYYY-MM-DD"],
  ])("a bad %s gets a message on that field (%j)", (field, change, message) => {
    const errors = errorsOf(rotationSchema.safeParse({ ...rotation, ...change }));
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });
});

describe("override form", () => {
  const cover = { kind: "replace", removeId: "ana", addId: "ben", start: "2026-06-01T09:00:00Z", end: "2026-06-01T17:00:00Z" };

  it("accepts a cover and reads its times as instants", () => {
    expect(overrideSchema.parse(cover)).toMatchObject({ start: new Date("2026-06-01T09:00:00Z"), end: new Date("2026-06-01T17:00:00Z") });
  });

  it.each([
    ["end", { end: "2026-06-01T08:00:00Z" }, "The override must end after it starts"],
    ["end", { end: "2026-06-01T09:00:00Z" }, "The override must end after it starts"],
    ["start", { start: "not a time" }, "Enter when the override starts"],
    ["addId", { addId: "ana" }, "Pick someone other than the person being covered"],
    ["addId", { addId: "" }, "Pick who covers"],
    ["kind", { kind: "swap" }, "Pick replace, add or remove"],
  ])("a bad %s gets a message on that field (%j)", (field, change, message) => {
    const errors = errorsOf(overrideSchema.safeParse({ ...cover, ...change }));
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("an add names only who is added; a remove only who is removed", () => {
    const range = { start: cover.start, end: cover.end };
    expect(overrideSchema.safeParse({ kind: "add", addId: "cai", ...range }).success).toBe(true);
    expect(errorsOf(overrideSchema.safeParse({ kind: "remove", ...range }))).toEqual({ removeId: "Pick who to remove" });
  });
});

describe("rotation form around the shift settings", () => {
  const form = { ...rotation, name: "API primary", serviceIds: [], secondary: { kind: "next_participant" } };

  it("accepts a complete form", () => {
    expect(rotationFormSchema.safeParse(form).success).toBe(true);
  });

  it.each([
    ["name", { name: "  " }, "Give the rotation a name"],
    ["name", { name: "x".repeat(101) }, "Keep the name under 100 characters"],
    ["secondary.rotationId", { secondary: { kind: "rotation", rotationId: "" } }, "Pick the rotation whose primary backs this one up"],
    ["serviceIds.0", { serviceIds: ["not-a-uuid"] }, "Pick services from the list"],
  ])("%s: %j is refused with “%s”", (field, patch, message) => {
    expect(errorsOf(rotationFormSchema.safeParse({ ...form, ...patch }))[field]).toBe(message);
  });
});

describe("override form", () => {
  const base = { rotationId: "7f1c9f5e-2a8b-4c1e-9d3a-1b2c3d4e5f60", kind: "add", addId: "ana", start: "2026-06-01T09:00:00Z", end: "2026-06-01T17:00:00Z" };

  it("accepts an override with no note, giving an empty one", () => {
    expect(overrideFormSchema.parse(base).note).toBe("");
  });

  it("refuses a note over 500 characters on the note field", () => {
    expect(errorsOf(overrideFormSchema.safeParse({ ...base, note: "x".repeat(501) })).note).toBe("Keep the note under 500 characters");
  });
});
