import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, fromDbError } from "./result";

describe("action results", () => {
  it("keeps the first message per field, keyed by the field's path", () => {
    const r = z.object({ a: z.string().min(2, { error: "too short" }).max(1, { error: "too long" }), b: z.object({ c: z.number() }) }).safeParse({ a: "x", b: { c: "n" } });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error)).toEqual({ a: "too short", "b.c": expect.any(String) });
  });

  it.each([
    ["42501", "You are not allowed to do that."],
    ["23505", "That already exists."],
    ["PGRST116", "Not found, or you are not allowed to change it."],
    ["XX000", "Something went wrong on our side; nothing was saved. Try again."],
  ])("database error %s becomes words a person can act on", (code, message) => {
    expect(fromDbError({ code, message: "raw" })).toEqual({ ok: false, message });
  });

  it("the last-admin rule's own message is shown as is", () => {
    expect(fromDbError({ code: "23514", message: "Beacon needs at least one admin" })).toEqual({
      ok: false,
      message: "Beacon needs at least one admin",
    });
  });
});
