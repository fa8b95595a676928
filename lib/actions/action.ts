import "server-only";
// The one door every server action goes through (after Dub's pattern): who is signed in, may
// their role do this, is the input valid — before the action body runs.
import type { z } from "zod";
import type { SupabaseClient } from "@supabase/supabase-js";
import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import type { Person } from "@/lib/people/person";
import type { AppRole } from "@/lib/people/roles";
import { invalid, type ActionResult } from "./result";

export interface ActionContext {
  person: Person;
  db: SupabaseClient;
}

export function action<S extends z.ZodType, T>(
  opts: { schema: S; roles?: readonly AppRole[] },
  body: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const person = await currentPerson();
    if (!person) {
      return { ok: false, message: "Your session has ended. Sign in again in another tab; what you typed is still here." };
    }
    if (opts.roles && !opts.roles.includes(person.role)) {
      return { ok: false, message: `Only ${opts.roles.join(" or ")}s can do this.` };
    }
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    try {
      return await body(parsed.data, { person, db: await dbAs(person) });
    } catch (e) {
      // Log the kind of failure, never the input (it may hold personal data).
      console.error(`action failed: ${(e as Error).name}: ${(e as Error).message}`);
      return { ok: false, message: "Something went wrong on our side; nothing was saved. Try again." };
    }
  };
}
