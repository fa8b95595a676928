// What every mutation returns to its form: data, or messages a person can act on. Never throws
// to the client, so a failed save leaves the form (and what was typed) exactly as it was.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) };
}

/** Turns a PostgREST/Postgres error into words; the database is the last line of validation. */
export function fromDbError(err: { code?: string; message?: string }): ActionResult<never> {
  switch (err.code) {
    case "42501":
      return { ok: false, message: "You are not allowed to do that." };
    case "23505":
      return { ok: false, message: "That already exists." };
    case "23514":
      return { ok: false, message: err.message?.includes("admin") ? err.message : "A value is not allowed here." };
    case "PGRST116":
      return { ok: false, message: "Not found, or you are not allowed to change it." };
    default:
      return { ok: false, message: "Something went wrong on our side; nothing was saved. Try again." };
  }
}
