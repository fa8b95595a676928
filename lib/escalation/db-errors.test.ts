import { describe, expect, it } from "vitest";
import { oncallEditDbError as refusal, type DbError } from "./db-errors";

/** The refusal as its failure branch (it never succeeds). */
const oncallEditDbError = (err: DbError, notAllowed: string) => refusal(err, notAllowed) as { ok: false; message: string; fieldErrors?: Record<string, string> };

const NOT_ALLOWED = "Only leads and admins edit escalation policies.";

describe("on-call edit errors in words, on the field at fault", () => {
  it("a level the database refuses is named by its position (0-based, as the form's fields)", () => {
    expect(oncallEditDbError({ code: "23514", message: 'level 3 violates check constraint "escalation_levels_target_check"' }, NOT_ALLOWED)).toEqual({
      ok: false,
      message: "Level 3 needs attention.",
      fieldErrors: { "levels.2.target": "Pick who this level pages" },
    });
    expect(
      oncallEditDbError({ code: "23503", message: 'level 1 violates foreign key constraint "escalation_levels_target_person_id_fkey"' }, NOT_ALLOWED).fieldErrors,
    ).toEqual({ "levels.0.target": "That person no longer has an account; pick another" });
  });

  it("policy-wide constraints land on their field", () => {
    expect(oncallEditDbError({ code: "23514", message: "a policy needs at least one level" }, NOT_ALLOWED).fieldErrors).toEqual({ levels: "Add at least one level" });
    expect(
      oncallEditDbError({ code: "23505", message: 'duplicate key value violates unique constraint "escalation_policies_service_severity_key"' }, NOT_ALLOWED).fieldErrors,
    ).toEqual({ severity: expect.stringContaining("already has a policy") });
    expect(oncallEditDbError({ code: "23505", message: 'duplicate key value violates unique constraint "oncall_groups_name_key"' }, NOT_ALLOWED).fieldErrors).toEqual({
      name: "There is already a group with that name",
    });
  });

  it("refusals and vanished rows say so; anything else is our fault, not the form's", () => {
    expect(oncallEditDbError({ code: "42501", message: "only leads and admins edit escalation policies" }, NOT_ALLOWED)).toEqual({ ok: false, message: NOT_ALLOWED });
    expect(oncallEditDbError({ code: "P0002", message: "no such escalation policy" }, NOT_ALLOWED).message).toContain("no longer exists");
    expect(
      oncallEditDbError({ code: "23503", message: 'update or delete on table "oncall_groups" violates foreign key constraint "escalation_levels_target_group_id_fkey" on table "escalation_levels"' }, NOT_ALLOWED),
    ).toEqual({ ok: false, message: expect.stringContaining("still pages this group") });
    expect(oncallEditDbError({ code: "XX000", message: "boom" }, NOT_ALLOWED)).toEqual({ ok: false, message: expect.stringContaining("Something went wrong") });
  });
});
