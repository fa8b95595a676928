import { describe, expect, it } from "vitest";
import { oncallDbError, overrideDbError } from "./db-errors";

describe("rotation save errors become field messages", () => {
  it.each([
    [{ code: "23514", message: 'new row for relation "rotations" violates check constraint "rotations_time_zone_check"' }, "timeZone"],
    [{ code: "23514", message: 'new row for relation "rotations" violates check constraint "rotations_shift_count_check"' }, "shiftLength.count"],
    [{ code: "23514", message: "a rotation needs at least one participant" }, "participants"],
    [{ code: "23503", message: 'insert or update on table "rotation_participants" violates foreign key constraint "rotation_participants_person_id_fkey"' }, "participants"],
  ])("%j → %s", (err, field) => {
    const r = oncallDbError(err);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors?.[field]).toBeTruthy();
  });

  it("a refused role is said plainly", () => {
    expect(oncallDbError({ code: "42501", message: "only leads and admins edit rotations" })).toEqual({ ok: false, message: "Only leads and admins edit rotations." });
  });
});

describe("override errors", () => {
  it("a conflict with an override saved first lands on the start field with what to do", () => {
    const r = overrideDbError({ code: "23P01", message: 'conflicting key value violates exclusion constraint "rotation_overrides_no_conflict"' });
    expect(!r.ok && r.fieldErrors?.start).toMatch(/Another override already changes this person's shifts/);
  });

  it("a responder putting someone else on call is told what they may do", () => {
    const r = overrideDbError({ code: "42501", message: 'new row violates row-level security policy for table "rotation_overrides"' });
    expect(!r.ok && r.message).toMatch(/only put yourself on call/);
  });
});
