import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { groupSchema, levelsForDb, policySchema } from "./schema";

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrorsOf(r.error as Parameters<typeof fieldErrorsOf>[0]);

const ROTATION = "11111111-1111-4111-8111-111111111111";
const GROUP = "22222222-2222-4222-8222-222222222222";
const SERVICE = "33333333-3333-4333-8333-333333333333";
const level = { kind: "rotation_primary", target: ROTATION, waitMinutes: "5", repeatCount: "1" };
const policy = { policyId: null, serviceId: SERVICE, severity: "", levels: [level] };

describe("escalation policy form", () => {
  it("accepts levels of every kind, reading numbers from text", () => {
    const r = policySchema.parse({
      ...policy,
      severity: "P1",
      levels: [
        level,
        { kind: "rotation_secondary", target: ROTATION, waitMinutes: "10", repeatCount: "0" },
        { kind: "person", target: "demo-ana", waitMinutes: "", repeatCount: "" },
        { kind: "group", target: GROUP, waitMinutes: 15, repeatCount: 2 },
      ],
    });
    expect(r.levels.map((l) => [l.kind, l.waitMinutes, l.repeatCount])).toEqual([
      ["rotation_primary", 5, 1],
      ["rotation_secondary", 10, 0],
      ["person", 0, 0],
      ["group", 15, 2],
    ]);
    expect(r.severity).toBe("P1");
  });

  it.each([
    ["levels.1.target", { kind: "person", target: "" }, "Pick the person this level pages"],
    ["levels.1.target", { kind: "rotation_primary", target: "" }, "Pick the rotation this level pages"],
    ["levels.1.target", { kind: "group", target: "not-a-group-id" }, "Pick the group this level pages"],
    ["levels.1.kind", { kind: "everyone" }, "Pick what this level pages"],
    ["levels.1.waitMinutes", { waitMinutes: "-1" }, "The minutes to wait cannot be negative"],
    ["levels.1.waitMinutes", { waitMinutes: "10081" }, "The minutes to wait can be at most 10080"],
    ["levels.1.waitMinutes", { waitMinutes: "2.5" }, "Enter the minutes to wait as a whole number"],
    ["levels.1.waitMinutes", { waitMinutes: "soon" }, "Enter the minutes to wait as a number"],
    ["levels.1.repeatCount", { repeatCount: "11" }, "The repeat count can be at most 10"],
  ])("a bad level gets a message on its field: %s (%j)", (field, change, message) => {
    const errors = errorsOf(policySchema.safeParse({ ...policy, levels: [level, { ...level, ...change }] }));
    expect(errors).toEqual({ [field]: expect.stringContaining(message) });
  });

  it("a policy needs one to twenty levels", () => {
    expect(errorsOf(policySchema.safeParse({ ...policy, levels: [] }))).toEqual({ levels: "Add at least one level" });
    expect(errorsOf(policySchema.safeParse({ ...policy, levels: Array(21).fill(level) }))).toEqual({ levels: "A policy has at most 20 levels" });
    expect(policySchema.safeParse({ ...policy, levels: Array(20).fill(level) }).success).toBe(true);
  });

  it("severity is empty (every severity) or one from the list", () => {
    expect(errorsOf(policySchema.safeParse({ ...policy, severity: "critical" }))).toEqual({ severity: "Pick a severity from the list" });
    expect(errorsOf(policySchema.safeParse({ ...policy, serviceId: "api" }))).toEqual({ serviceId: "Pick a service" });
  });

  it("sends the database only the target column the kind names", () => {
    const parsed = policySchema.parse({ ...policy, levels: [level, { kind: "person", target: "demo-ana", waitMinutes: "0", repeatCount: "0" }] });
    expect(levelsForDb(parsed.levels)).toEqual([
      { target_kind: "rotation_primary", target_rotation_id: ROTATION, target_person_id: null, target_group_id: null, wait_minutes: 5, repeat_count: 1 },
      { target_kind: "person", target_rotation_id: null, target_person_id: "demo-ana", target_group_id: null, wait_minutes: 0, repeat_count: 0 },
    ]);
  });
});

describe("group form", () => {
  const group = { groupId: null, name: " Leadership ", description: "", memberIds: ["demo-liam"] };
  it("accepts a named group with members, trimmed", () => {
    expect(groupSchema.parse(group).name).toBe("Leadership");
  });
  it.each([
    ["name", { name: "  " }, "Give the group a name"],
    ["name", { name: "x".repeat(81) }, "at most 80 characters"],
    ["memberIds", { memberIds: [] }, "Pick at least one member"],
    ["description", { description: "x".repeat(501) }, "under 500 characters"],
  ])("a bad %s gets a message on that field (%j)", (field, change, message) => {
    expect(errorsOf(groupSchema.safeParse({ ...group, ...change }))).toEqual({ [field]: expect.stringContaining(message) });
  });
});
