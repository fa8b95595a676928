// GET /api/oncall/now's answer and its Server-Timing header. Pure: rotations in, JSON rows out.
import { onCallNow, type RotationSetup } from "./now";

/** One rotation in the answer. Person ids (GET /api/people has their names and contacts). */
export interface OnCallNowRow {
  rotationId: string;
  name: string;
  /** Null when nobody is on call (before the first shift, or removed by an override). */
  primary: string | null;
  secondary: string | null;
  /** Added by an override, on call alongside the primary. */
  alsoOnCall: string[];
  /** ISO instant at which who is on call next changes; null if never. */
  changesAt: string | null;
}

/** Who is on call in each rotation at `now`, in the order given. */
export function onCallNowRows(rotations: readonly { id: string; name: string; setup: RotationSetup }[], now: Date): OnCallNowRow[] {
  const current = onCallNow(
    rotations.map((r) => r.setup),
    now,
  );
  return rotations.map((r, i) => ({
    rotationId: r.id,
    name: r.name,
    primary: current[i].primary,
    secondary: current[i].secondary,
    alsoOnCall: current[i].alsoOnCall,
    changesAt: current[i].changesAt?.toISOString() ?? null,
  }));
}

/** `db;dur=12.3, compute;dur=0.4`: milliseconds to one decimal, for the Server-Timing header. */
export function serverTiming(parts: Record<string, number>): string {
  return Object.entries(parts)
    .map(([name, ms]) => `${name};dur=${(Math.round(ms * 10) / 10).toFixed(1)}`)
    .join(", ");
}
