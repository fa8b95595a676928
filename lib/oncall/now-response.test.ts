import { describe, expect, it } from "vitest";
import type { RotationSetup } from "./now";
import { onCallNowRows, serverTiming } from "./now-response";

const utc = (iso: string) => new Date(`${iso}Z`);
// Daily at 09:00 UTC from 1 Jun 2026: ana, ben, cai, ana…
const daily = (id: string, startDate = "2026-06-01", secondary: RotationSetup["secondary"] = { kind: "next_participant" }): RotationSetup => ({
  id,
  rotation: { timeZone: "UTC", shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate, participants: ["ana", "ben", "cai"] },
  overrides: [{ id: "o1", kind: "add", addId: "dan", start: utc("2026-06-02T10:00"), end: utc("2026-06-02T20:00") }],
  secondary,
});

describe("GET /api/oncall/now's rows", () => {
  it("name each rotation with its primary, secondary, people added and when that changes, in the order given", () => {
    const rows = onCallNowRows(
      [
        { id: "r2", name: "Web", setup: daily("r2", "2026-06-01", { kind: "rotation", rotationId: "r1" }) },
        { id: "r1", name: "API", setup: daily("r1", "2026-06-02") },
      ],
      utc("2026-06-02T12:00"),
    );
    expect(rows).toEqual([
      // Ben's shift; r1's primary (ana, its first shift) backs him up.
      { rotationId: "r2", name: "Web", primary: "ben", secondary: "ana", alsoOnCall: ["dan"], changesAt: "2026-06-02T20:00:00.000Z" },
      { rotationId: "r1", name: "API", primary: "ana", secondary: "ben", alsoOnCall: ["dan"], changesAt: "2026-06-02T20:00:00.000Z" },
    ]);
  });

  it("say nobody and name the first handoff before a rotation starts", () => {
    const [row] = onCallNowRows([{ id: "r1", name: "API", setup: { ...daily("r1", "2026-06-10"), overrides: [] } }], utc("2026-06-02T12:00"));
    expect(row).toEqual({ rotationId: "r1", name: "API", primary: null, secondary: null, alsoOnCall: [], changesAt: "2026-06-10T09:00:00.000Z" });
  });
});

describe("Server-Timing", () => {
  it("lists each part in milliseconds to one decimal", () => {
    expect(serverTiming({ db: 12.345, compute: 0.04 })).toBe("db;dur=12.3, compute;dur=0.0");
    expect(serverTiming({ db: 7 })).toBe("db;dur=7.0");
  });
});
