// The shifts a responder can take over: stretches of the final schedule where someone else is the
// primary because the rotation says so (not already covered by an override). Pure.
import { scheduleOf, type RotationSetup } from "./now";

export interface TakeableShift {
  personId: string;
  start: Date;
  end: Date;
}

/**
 * Up to `limit` stretches in [from, to) where a rotation shift puts someone other than `me` on call
 * as primary. A stretch under way starts at `from` (taking over now, not in the past); neighbouring
 * blocks of the same person are one stretch.
 */
export function takeableShifts(setup: RotationSetup, me: string, from: Date, to: Date, limit = 8): TakeableShift[] {
  const out: TakeableShift[] = [];
  if (setup.rotation.participants.length === 0) return out;
  for (const block of scheduleOf(setup, from, to)) {
    const primary = block.onCall[0];
    const scheduled = block.reasons.some((r) => r.source === "rotation" && r.participantId === primary);
    const overridden = block.reasons.some((r) => r.source === "override");
    if (!primary || primary === me || !scheduled || overridden) continue;
    const last = out.at(-1);
    if (last && last.personId === primary && last.end.getTime() === block.start.getTime()) last.end = block.end;
    else if (out.length < limit) out.push({ personId: primary, start: block.start, end: block.end });
    else break;
  }
  return out;
}
