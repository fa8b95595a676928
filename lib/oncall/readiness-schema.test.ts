import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { checklistItemSchema, moved, readinessSchema } from "./readiness-schema";
import { handoffNoteSchema, mayLeaveHandoffNote } from "./handoff-schema";

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrorsOf(r.error as Parameters<typeof fieldErrorsOf>[0]);
const ITEM = "11111111-1111-4111-8111-111111111111";

describe("my readiness on an item", () => {
  it("accepts missing, requested or ready with a trimmed note", () => {
    expect(readinessSchema.parse({ itemId: ITEM, status: "requested", note: "  asked Liam " })).toEqual({ itemId: ITEM, status: "requested", note: "asked Liam" });
  });
  it.each([
    ["status", { status: "done" }, "Pick missing, requested or ready"],
    ["note", { note: "x".repeat(501) }, "Keep the note under 500 characters"],
    ["itemId", { itemId: "dashboards" }, "reload the page"],
  ])("a bad %s gets a message on that field", (field, change, message) => {
    expect(errorsOf(readinessSchema.safeParse({ itemId: ITEM, status: "ready", note: "", ...change }))).toEqual({ [field]: expect.stringContaining(message) });
  });
});

describe("checklist item form", () => {
  it("needs a name; the description is optional", () => {
    expect(checklistItemSchema.parse({ itemId: null, title: " VPN ", description: "" })).toEqual({ itemId: null, title: "VPN", description: "" });
    expect(errorsOf(checklistItemSchema.safeParse({ itemId: null, title: " ", description: "" }))).toEqual({ title: expect.stringContaining("Name the tool") });
    expect(errorsOf(checklistItemSchema.safeParse({ itemId: null, title: "x".repeat(121), description: "" }))).toEqual({ title: "Keep the name under 120 characters" });
  });
  it("moving an item swaps it with its neighbour, and does nothing at either end", () => {
    expect(moved(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b"], "x", "up")).toEqual(["a", "b"]);
  });
});

describe("handoff note", () => {
  const rotationId = ITEM;
  it("needs some text, at most 5,000 characters", () => {
    expect(handoffNoteSchema.parse({ rotationId, body: " Vacuum still running. " }).body).toBe("Vacuum still running.");
    expect(errorsOf(handoffNoteSchema.safeParse({ rotationId, body: " \n " }))).toEqual({ body: expect.stringContaining("Write the note first") });
    expect(errorsOf(handoffNoteSchema.safeParse({ rotationId, body: "x".repeat(5001) }))).toEqual({ body: "Keep the note under 5,000 characters" });
  });

  const rotation = { participants: ["ana", "ben"], overrides: [{ kind: "replace", addId: "cai" }, { kind: "remove" }] };
  it.each([
    ["a participant", { id: "ben", role: "responder" }, true],
    ["someone an override puts on call", { id: "cai", role: "responder" }, true],
    ["a lead who is not on the rotation", { id: "lee", role: "lead" }, true],
    ["an admin", { id: "adm", role: "admin" }, true],
    ["a responder who is not on the rotation", { id: "dan", role: "responder" }, false],
  ] as const)("%s may leave one: %s", (_, me, may) => {
    expect(mayLeaveHandoffNote(me, rotation)).toBe(may);
  });
});
