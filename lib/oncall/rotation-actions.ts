"use server";
// Saving a rotation and changing who covers a shift. The shared zod schemas again on the server,
// then PostgREST as the person (RLS and constraints decide), then words for the form. Who is on
// call right now is recomputed here from what the database holds, so a save can never swap the
// person holding the pager unless the lead confirmed exactly that swap in the preview.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { hoursChanges, IMPACT_WEEKS, onCallSwapAt, swapToken, type HoursChange, type OnCallSwap } from "./edit-impact";
import { oncallDbError, overrideDbError } from "./db-errors";
import { listRotations } from "./queries";
import { overrideFormSchema, rotationFormSchema } from "./schema";
import type { RotationSetup } from "./now";

const WEEK_MS = 7 * 86_400_000;

export interface RotationSaved {
  id: string;
  /** Hours gained or lost per person over the next IMPACT_WEEKS weeks. */
  changes: HoursChange[];
  /** Who was and is now on call, when the save changed it (confirmed by the lead). */
  swap: OnCallSwap | null;
}

export const saveRotation = action(
  { schema: rotationFormSchema, roles: ["lead", "admin"] },
  async (input, { db }): Promise<ActionResult<RotationSaved>> => {
    const now = new Date();
    const until = new Date(now.getTime() + IMPACT_WEEKS * WEEK_MS);
    const before = input.rotationId ? (await listRotations(db, now, until, input.rotationId))[0] : undefined;
    if (input.rotationId && !before) return { ok: false, message: "This rotation no longer exists; it may have been deleted." };

    const after: RotationSetup = {
      id: input.rotationId ?? "new",
      rotation: {
        timeZone: input.timeZone,
        shiftLength: input.shiftLength,
        handoffTime: input.handoffTime,
        startDate: input.startDate,
        participants: input.participants,
      },
      overrides: before?.overrides ?? [],
      secondary: input.secondary,
    };
    const swap = before ? onCallSwapAt(before.setup, after, now) : null;
    if (swap && input.confirmedNow !== swapToken(swap)) {
      return {
        ok: false,
        message: "This change would change who is on call right now. Check the preview and confirm it.",
        fieldErrors: { confirmedNow: "Confirm who will be on call right now, or change the order back." },
      };
    }

    const { data, error } = await db.rpc("save_rotation", {
      name: input.name,
      time_zone: input.timeZone,
      shift_unit: input.shiftLength.unit,
      shift_count: input.shiftLength.count,
      handoff_time: input.handoffTime,
      start_date: input.startDate,
      participants: input.participants,
      service_ids: input.serviceIds,
      secondary_kind: input.secondary.kind,
      secondary_rotation_id: input.secondary.kind === "rotation" ? input.secondary.rotationId : null,
      rotation_id: input.rotationId ?? null,
    });
    if (error) return oncallDbError(error);
    const id = (data as { id: string }).id;
    revalidatePath("/oncall", "layout");
    revalidatePath("/");
    return { ok: true, data: { id, changes: hoursChanges(before?.setup ?? null, { ...after, id }, now, until), swap } };
  },
);

/**
 * An override: leads and admins make any kind for anyone; a responder may only put themself on
 * call (RLS says so; the form offers them just that). A conflict with an override saved first is
 * refused by the database (23P01) and said in words.
 */
export const addOverride = action({ schema: overrideFormSchema }, async (input, { db }): Promise<ActionResult<{ id: string }>> => {
  const { data, error } = await db
    .from("rotation_overrides")
    .insert({
      rotation_id: input.rotationId,
      kind: input.kind,
      add_person_id: input.kind === "remove" ? null : input.addId,
      remove_person_id: input.kind === "add" ? null : input.removeId,
      starts_at: input.start.toISOString(),
      ends_at: input.end.toISOString(),
      note: input.note,
    })
    .select("id")
    .single();
  if (error) return overrideDbError(error);
  revalidatePath("/oncall", "layout");
  revalidatePath("/");
  return { ok: true, data: { id: (data as { id: string }).id } };
});

export const removeOverride = action(
  { schema: z.object({ overrideId: z.uuid() }) },
  async ({ overrideId }, { db }): Promise<ActionResult<null>> => {
    const { data, error } = await db.from("rotation_overrides").delete().eq("id", overrideId).select("id");
    if (error) return overrideDbError(error);
    if (!data.length) return { ok: false, message: "That override is gone already, or you are not allowed to remove it." };
    revalidatePath("/oncall", "layout");
    revalidatePath("/");
    return { ok: true, data: null };
  },
);
