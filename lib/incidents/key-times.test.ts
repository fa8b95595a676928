import { describe, expect, it } from "vitest";
import { checkKeyTimes, keyTimeConstraintError } from "./key-times";

const now = new Date("2026-11-23T15:00:00Z");
// A well-ordered incident: every rule holds.
const good = {
  started_at: "2026-11-23T13:50:00Z",
  detected_at: "2026-11-23T13:55:00Z",
  declared_at: "2026-11-23T14:05:00Z",
  acknowledged_at: "2026-11-23T14:06:00Z",
  mitigated_at: "2026-11-23T14:30:00Z",
  resolved_at: "2026-11-23T14:45:00Z",
};

describe("key time order (the database's check constraints)", () => {
  it("a well-ordered incident has no messages", () => {
    expect(checkKeyTimes(good, now)).toEqual({});
  });

  it("equal times are allowed: every rule is 'not before'", () => {
    const t = "2026-11-23T14:00:00Z";
    const all = { started_at: t, detected_at: t, declared_at: t, acknowledged_at: t, mitigated_at: t, resolved_at: t };
    expect(checkKeyTimes(all, now)).toEqual({});
  });

  it.each([
    ["detected_at", { detected_at: "2026-11-23T13:49:00Z" }, "Detected can't be before Impact started (13:50 UTC)"],
    ["declared_at", { declared_at: "2026-11-23T13:54:00Z", acknowledged_at: null, mitigated_at: null, resolved_at: null }, "Declared can't be before Detected (13:55 UTC)"],
    ["acknowledged_at", { acknowledged_at: "2026-11-23T14:04:00Z" }, "Acknowledged can't be before Declared (14:05 UTC)"],
    ["mitigated_at", { mitigated_at: "2026-11-23T13:40:00Z" }, "Mitigated can't be before Impact started (13:50 UTC)"],
    ["resolved_at", { resolved_at: "2026-11-23T14:00:00Z", mitigated_at: null }, "Resolved can't be before Declared (14:05 UTC)"],
    ["resolved_at", { resolved_at: "2026-11-23T14:20:00Z" }, "Resolved can't be before Mitigated (14:30 UTC)"],
  ])("%s out of order gets a message naming both fields (%j)", (field, change, message) => {
    expect(checkKeyTimes({ ...good, ...change }, now)).toEqual({ [field]: message });
  });

  it("a Resolved time before both Declared and Mitigated names Declared, as the first rule", () => {
    expect(checkKeyTimes({ ...good, resolved_at: "2026-11-23T14:00:00Z" }, now)).toEqual({
      resolved_at: "Resolved can't be before Declared (14:05 UTC)",
    });
  });

  it("missing and null times are skipped: an edit of one time is checked against what was sent", () => {
    expect(checkKeyTimes({ resolved_at: "2026-11-23T14:00:00Z" }, now)).toEqual({});
    expect(checkKeyTimes({ resolved_at: "2026-11-23T14:00:00Z", declared_at: null }, now)).toEqual({});
    expect(checkKeyTimes({ resolved_at: "2026-11-23T14:00:00Z", declared_at: good.declared_at }, now)).toEqual({
      resolved_at: "Resolved can't be before Declared (14:05 UTC)",
    });
  });

  it("malformed times are left to the schema", () => {
    expect(checkKeyTimes({ started_at: "not a time", detected_at: "2026-11-23T13:00:00Z" }, now)).toEqual({});
  });

  it("accepts Date values as well as strings", () => {
    expect(checkKeyTimes({ started_at: new Date("2026-11-23T14:00:00Z"), detected_at: new Date("2026-11-23T13:00:00Z") }, now)).toEqual({
      detected_at: "Detected can't be before Impact started (14:00 UTC)",
    });
  });

  it("shows the date too when the other time is on a different day", () => {
    const t = { started_at: "2026-11-23T13:50:00Z", detected_at: "2026-11-22T23:00:00Z" };
    expect(checkKeyTimes(t, now).detected_at).toBe("Detected can't be before Impact started (23 Nov 2026, 13:50 UTC)");
  });

  it("shows seconds when both times fall in the same minute", () => {
    const t = { declared_at: "2026-11-23T14:05:37.120Z", acknowledged_at: "2026-11-23T14:05:00Z" };
    expect(checkKeyTimes(t, now).acknowledged_at).toBe("Acknowledged can't be before Declared (14:05:37 UTC)");
  });

  it("speaks in the viewer's time zone when given one, and in UTC for a zone it does not know", () => {
    const t = { started_at: "2026-11-23T13:50:00Z", detected_at: "2026-11-23T13:00:00Z" };
    expect(checkKeyTimes(t, now, "America/Chicago").detected_at).toBe("Detected can't be before Impact started (07:50 GMT-6)");
    expect(checkKeyTimes(t, now, "Mars/Olympus").detected_at).toBe("Detected can't be before Impact started (13:50 UTC)");
  });
});

describe("key times in the future", () => {
  it.each([
    ["exactly 5 minutes ahead is allowed (clock drift)", "2026-11-23T15:05:00Z", {}],
    ["1 ms past 5 minutes is refused", "2026-11-23T15:05:00.001Z", { resolved_at: "Resolved can't be in the future (it's 15:00 UTC now)" }],
    ["tomorrow names today's date", "2026-11-24T09:00:00Z", { resolved_at: "Resolved can't be in the future (it's 23 Nov 2026, 15:00 UTC now)" }],
  ])("%s", (_, resolvedAt, errors) => {
    expect(checkKeyTimes({ ...good, resolved_at: resolvedAt }, now)).toEqual(errors);
  });

  it("a time in the future gets that message rather than an order message", () => {
    const t = { ...good, started_at: "2026-11-23T16:00:00Z" };
    expect(checkKeyTimes(t, now)).toEqual({
      started_at: "Impact started can't be in the future (it's 15:00 UTC now)",
      detected_at: "Detected can't be before Impact started (16:00 UTC)",
      mitigated_at: "Mitigated can't be before Impact started (16:00 UTC)",
    });
  });
});

describe("key-time constraint names from the database", () => {
  it.each([
    ["detected_not_before_started", "detected_at", "Detected can't be before Impact started"],
    ["declared_not_before_detected", "declared_at", "Declared can't be before Detected"],
    ["acknowledged_not_before_declared", "acknowledged_at", "Acknowledged can't be before Declared"],
    ["mitigated_not_before_started", "mitigated_at", "Mitigated can't be before Impact started"],
    ["resolved_not_before_declared", "resolved_at", "Resolved can't be before Declared"],
    ["resolved_not_before_mitigated", "resolved_at", "Resolved can't be before Mitigated"],
  ])("%s goes on %s", (name, field, message) => {
    expect(keyTimeConstraintError(name)).toEqual({ field, message });
  });

  it("resolved_time_matches_status says to change the status instead", () => {
    expect(keyTimeConstraintError("resolved_time_matches_status")).toEqual({
      field: "resolved_at",
      message: "Resolved is set by resolving the incident and cleared by reopening it — change the status instead",
    });
  });

  it.each(["incidents_title_check", "", "detected_not_before"])("%j is not a key-time constraint", (name) => {
    expect(keyTimeConstraintError(name)).toBeNull();
  });
});
