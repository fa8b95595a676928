import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./local-input";

describe("datetime-local values mean the viewer's own zone", () => {
  it.each([
    ["UTC", "2026-11-23T14:05", "2026-11-23T14:05:00.000Z"],
    ["Asia/Kolkata", "2026-11-23T14:05", "2026-11-23T08:35:00.000Z"],
    ["America/Chicago", "2026-07-01T09:00", "2026-07-01T14:00:00.000Z"],
    // spring-forward gap: 02:30 does not exist in Chicago on 8 March 2026 → first instant after it
    ["America/Chicago", "2026-03-08T02:30", "2026-03-08T08:00:00.000Z"],
  ])("%s %s is %s", (zone, local, iso) => {
    expect(fromLocalInput(local, zone)).toBe(iso);
  });

  it("round-trips an instant through the wall clock", () => {
    const at = "2026-10-25T00:30:00.000Z";
    expect(fromLocalInput(toLocalInput(at, "Europe/London"), "Europe/London")).toBe(at);
  });

  it.each(["", "tomorrow", "2026-02-30T10:00", "2026-13-01T10:00", "2026-01-01T24:00"])("refuses %j", (v) => {
    expect(fromLocalInput(v, "UTC")).toBeNull();
  });
});
