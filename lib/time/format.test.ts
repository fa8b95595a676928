import { describe, expect, it } from "vitest";
import { formatInTimeZone } from "./format";

// 2026-03-29 00:30 UTC: Europe/London is still on GMT (BST starts at 01:00 UTC that day).
const beforeBst = new Date(Date.UTC(2026, 2, 29, 0, 30));
const afterBst = new Date(Date.UTC(2026, 2, 29, 1, 30));

describe("formatInTimeZone", () => {
  it("shows UTC as UTC", () => {
    expect(formatInTimeZone(beforeBst, "UTC")).toBe("29 Mar 2026, 00:30 UTC");
  });
  it("follows the viewer's zone across a DST change (London jumps from 00:30 GMT to 02:30 BST)", () => {
    expect(formatInTimeZone(beforeBst, "Europe/London")).toBe("29 Mar 2026, 00:30 GMT");
    expect(formatInTimeZone(afterBst, "Europe/London")).toBe("29 Mar 2026, 02:30 BST");
  });
  it("handles half-hour offsets (Kolkata is UTC+5:30)", () => {
    expect(formatInTimeZone(beforeBst, "Asia/Kolkata", false)).toBe("29 Mar 2026, 06:00");
  });
  it("rolls the date over when the zone is past midnight", () => {
    expect(formatInTimeZone(new Date(Date.UTC(2026, 0, 1, 20, 0)), "Asia/Tokyo", false)).toBe("2 Jan 2026, 05:00");
  });
  it("keeps the zone name and its absence apart for the same zone (formatters are reused)", () => {
    expect(formatInTimeZone(beforeBst, "Europe/London")).toBe("29 Mar 2026, 00:30 GMT");
    expect(formatInTimeZone(beforeBst, "Europe/London", false)).toBe("29 Mar 2026, 00:30");
    expect(formatInTimeZone(afterBst, "Europe/London")).toBe("29 Mar 2026, 02:30 BST");
  });
});
