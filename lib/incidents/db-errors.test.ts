import { describe, expect, it } from "vitest";
import { incidentDbError } from "./db-errors";

// How PostgREST words a violated constraint.
const check = (name: string) => ({
  code: "23514",
  message: `new row for relation "incidents" violates check constraint "${name}"`,
  details: "Failing row contains (…).",
});
const fkey = (name: string) => ({
  code: "23503",
  message: `insert or update on table "incidents" violates foreign key constraint "${name}"`,
  details: `Key (x)=(y) is not present in table "z".`,
});
const fieldErrorsIn = (r: ReturnType<typeof incidentDbError>) => (r.ok ? undefined : r.fieldErrors);
const fields = (fieldErrors: Record<string, string>) => ({ ok: false, message: "Some fields need attention.", fieldErrors });

describe("incident write errors become field messages", () => {
  it.each([
    ["detected_not_before_started", "detected_at", "Detected can't be before Impact started"],
    ["declared_not_before_detected", "declared_at", "Declared can't be before Detected"],
    ["acknowledged_not_before_declared", "acknowledged_at", "Acknowledged can't be before Declared"],
    ["mitigated_not_before_started", "mitigated_at", "Mitigated can't be before Impact started"],
    ["resolved_not_before_declared", "resolved_at", "Resolved can't be before Declared"],
    ["resolved_not_before_mitigated", "resolved_at", "Resolved can't be before Mitigated"],
  ])("the key-time check %s goes on %s", (name, field, message) => {
    expect(incidentDbError(check(name))).toEqual(fields({ [field]: message }));
  });

  it("a Resolved time that does not match the status says to change the status", () => {
    expect(fieldErrorsIn(incidentDbError(check("resolved_time_matches_status")))?.resolved_at).toMatch(/change the status instead/);
  });

  it.each([
    [check("incidents_title_check"), "title", "Give the incident a title of up to 200 characters"],
    [check("incidents_summary_check"), "summary", "Keep the summary under 20,000 characters"],
    [check("incidents_service_ids_check"), "service_ids", "Pick at most 50 services"],
    [fkey("incidents_severity_fkey"), "severity", "Pick a severity from the list"],
    [fkey("incidents_commander_id_fkey"), "commander_id", "Pick a person from the list"],
    [fkey("incidents_comms_lead_id_fkey"), "comms_lead_id", "Pick a person from the list"],
    [fkey("incidents_scribe_id_fkey"), "scribe_id", "Pick a person from the list"],
  ])("%j goes on %s", (err, field, message) => {
    expect(incidentDbError(err)).toEqual(fields({ [field]: message }));
  });

  it.each([
    [{ code: "23503", message: "unknown service" }, "service_ids", "Pick services from the list — one of them may have just been removed"],
    [{ code: "23514", message: "a note needs some text" }, "body", "Write something first"],
    [{ code: "23514", message: "an update needs some text" }, "body", "Write something first"],
    [{ code: "23514", message: "an incident is declared open" }, "status", "A new incident starts open; resolve it once it is declared"],
    [{ code: "22023", message: "unknown channel" }, "channel", "Pick where the update goes from the list"],
  ])("errors the migration raises itself are known by their message: %j", (err, field, message) => {
    expect(incidentDbError(err)).toEqual(fields({ [field]: message }));
  });

  it("node-postgres errors are known by their constraint field", () => {
    expect(fieldErrorsIn(incidentDbError({ code: "23503", message: "unknown service", constraint: "incidents_service_ids_fkey" }))).toEqual({
      service_ids: "Pick services from the list — one of them may have just been removed",
    });
    expect(fieldErrorsIn(incidentDbError({ code: "23514", message: "whatever", constraint: "resolved_not_before_declared" }))).toEqual({
      resolved_at: "Resolved can't be before Declared",
    });
  });

  it("finds the constraint name in details when the message lacks it", () => {
    expect(fieldErrorsIn(incidentDbError({ code: "23514", message: "check failed", details: 'violates check constraint "incidents_title_check"' }))).toEqual({
      title: "Give the incident a title of up to 200 characters",
    });
  });
});

describe("incident write errors without a field", () => {
  it("a missing incident or note may have been deleted", () => {
    expect(incidentDbError({ code: "P0002", message: "no such incident" })).toEqual({ ok: false, message: "Not found — it may have been deleted." });
  });

  it("a refused write says it is not allowed", () => {
    expect(incidentDbError({ code: "42501", message: "only its author can change a note" })).toEqual({
      ok: false,
      message: "You are not allowed to do that.",
    });
  });

  it.each([
    [{ code: "23514", message: 'violates check constraint "some_other_check"' }, "A value is not allowed here."],
    [{ code: "23514", message: 'violates check constraint "constructor"' }, "A value is not allowed here."],
    [{ code: "23505", message: "duplicate key" }, "That already exists."],
    [{ code: "PGRST116", message: "0 rows" }, "Not found, or you are not allowed to change it."],
    [{ code: "08006", message: "connection failure" }, "Something went wrong on our side; nothing was saved. Try again."],
    [{}, "Something went wrong on our side; nothing was saved. Try again."],
  ])("anything else falls back to the shared wording: %j", (err, message) => {
    expect(incidentDbError(err)).toEqual({ ok: false, message });
  });
});
