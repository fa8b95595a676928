import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";
import { LOOKAHEAD_MS, type RotationSetup } from "./now";
import type { Override } from "./overrides";
import type { ShiftUnit } from "./rotation";

// The read behind "who is on call now" (GET /api/oncall/now, and the rotation page when its
// secondary is another rotation): every rotation with only what onCallNow needs, from
// public.on_call_setups in one compact piece of json. listRotations (queries.ts) also brings
// services, participant positions and override notes for the pages; this leaves them out.

/** One rotation as public.on_call_setups returns it (see its migration for the shape). */
export interface SetupRow {
  id: string;
  name: string;
  time_zone: string;
  shift_unit: ShiftUnit;
  shift_count: number;
  handoff_time: string;
  start_date: string;
  secondary_rotation_id: string | null;
  participants: string[];
  /** [id, kind, add_person_id, remove_person_id, starts_at, ends_at] */
  overrides: [string, Override["kind"], string | null, string | null, string, string][];
}

export interface OnCallSetup {
  id: string;
  name: string;
  setup: RotationSetup;
}

export function toOnCallSetup(r: SetupRow): OnCallSetup {
  const overrides = r.overrides.map(([id, kind, addId, removeId, startsAt, endsAt]): Override => {
    const [start, end] = [new Date(startsAt), new Date(endsAt)];
    if (kind === "replace") return { id, start, end, kind, addId: addId!, removeId: removeId! };
    if (kind === "add") return { id, start, end, kind, addId: addId! };
    return { id, start, end, kind, removeId: removeId! };
  });
  return {
    id: r.id,
    name: r.name,
    setup: {
      id: r.id,
      rotation: {
        timeZone: r.time_zone,
        shiftLength: { unit: r.shift_unit, count: r.shift_count },
        handoffTime: r.handoff_time.slice(0, 5),
        startDate: r.start_date,
        participants: r.participants,
      },
      overrides,
      secondary: r.secondary_rotation_id ? { kind: "rotation", rotationId: r.secondary_rotation_id } : { kind: "next_participant" },
    },
  };
}

/** The window of overrides that can matter at `now`: onCallNow looks no further ahead (LOOKAHEAD_MS). */
export function onCallWindow(now: Date): { from_at: string; to_at: string } {
  return { from_at: now.toISOString(), to_at: new Date(now.getTime() + LOOKAHEAD_MS).toISOString() };
}

/** Every rotation (by name) as onCallNow takes it, with the overrides that can matter at `now`. */
export async function listOnCallSetups(db: SupabaseClient, now: Date): Promise<OnCallSetup[]> {
  const { data, error } = await db.rpc("on_call_setups", onCallWindow(now));
  if (error) throw new Error(`listOnCallSetups: ${error.code} ${error.message}`);
  return (data as SetupRow[]).map(toOnCallSetup);
}
