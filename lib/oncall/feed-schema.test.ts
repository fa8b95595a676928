import { describe, expect, it } from "vitest";
import { createFeedSchema, parseFeedToken } from "./feed-schema";

const token = "0123456789abcdef".repeat(4);

describe("a feed token in a URL", () => {
  it("is 64 lowercase hex digits, with or without .ics", () => {
    expect(parseFeedToken(token)).toBe(token);
    expect(parseFeedToken(`${token}.ics`)).toBe(token);
  });
  it.each([token.toUpperCase(), `${token}.ICS`, `${token}.ics.ics`, token.slice(1), `${token}0`, `${token.slice(1)}g`, "", ".ics", `../${token}`])(
    "%j is not one (and is answered like an unknown token)",
    (segment) => expect(parseFeedToken(segment)).toBeNull(),
  );
});

describe("the new-feed form", () => {
  const rotation = "6f1f5a52-1d4e-4c39-9d7e-2f1c0f6d7b10";
  it("takes my shifts, or a rotation, with an optional label (trimmed)", () => {
    expect(createFeedSchema.parse({ scope: "person", label: "  phone " })).toEqual({ scope: "person", rotation_id: null, label: "phone" });
    expect(createFeedSchema.parse({ scope: "rotation", rotation_id: rotation, label: "" })).toEqual({ scope: "rotation", rotation_id: rotation, label: "" });
  });
  it("says what is wrong, field by field", () => {
    const long = createFeedSchema.safeParse({ scope: "person", label: "x".repeat(101) });
    expect(long.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["label", "A label can be at most 100 characters"]]);
    const noRotation = createFeedSchema.safeParse({ scope: "rotation", label: "" });
    expect(noRotation.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rotation_id", "A rotation feed needs its rotation"]]);
    expect(createFeedSchema.safeParse({ scope: "person", rotation_id: rotation, label: "" }).success).toBe(false);
    expect(createFeedSchema.safeParse({ scope: "everyone", label: "" }).success).toBe(false);
  });
});
