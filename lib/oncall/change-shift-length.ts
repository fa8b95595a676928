// Changing a rotation's shift length without rewriting the past or cutting anyone's shift short.
//
// What GoAlert and PagerDuty users expect from "make shifts two weeks from now on": the person on
// call keeps the shift they were promised, and the new length starts at the next handoff. So the
// change takes effect at the FIRST HANDOFF AT OR AFTER `at` (call it H), not at `at` itself:
// - before H the schedule is exactly what it was (the old plan is kept in earlierPlans and ends at H);
// - the shift in force at `at` ends when it was always going to end (at H);
// - from H the next participant in order takes over with the new length, and handoffs carry on at
//   the rotation's handoff time (days and weeks) or every N hours from H (hours).
// If `at` is before the rotation starts, nothing has happened yet: the rotation simply gets the new
// length from its start date. A change whose H comes before a still-pending earlier change's first
// handoff replaces that pending change.

import { compileRotation, planIndexAt, shiftAt, shiftNumberIn, type Rotation, type ShiftLength, type ShiftPlan } from "./rotation";
import { formatCalendarDate, formatDayNumber, formatTimeOfDay, wallTimeAt } from "./zoned-time";

type Anchor = Omit<ShiftPlan, "shiftLength">;

export function changeShiftLength(rotation: Rotation, at: Date, newLength: ShiftLength): Rotation {
  const { timeZone, participants } = rotation;
  const plans: readonly ShiftPlan[] = [...(rotation.earlierPlans ?? []), rotation];
  const current = shiftAt(rotation, at);
  if (current === null) return { timeZone, participants, ...anchorOf(plans[0]), shiftLength: newLength };

  // H, the first handoff at or after `at`, and where it sits in the old plans.
  const startsNow = current.start.getTime() === at.getTime();
  const takeover = startsNow ? current : { ...current, start: current.end, index: current.index + 1 };
  const c = compileRotation(rotation);
  const planIndex = planIndexAt(c, takeover.start.getTime());
  const plan = c.plans[planIndex];
  const k = shiftNumberIn(plan, takeover.start.getTime());
  const replaced = plans[planIndex];

  const kept = plans.slice(0, k === 0 ? planIndex : planIndex + 1).map((p) => ({ ...anchorOf(p), shiftLength: p.shiftLength }));
  let anchor: Anchor;
  if (k === 0) {
    // H is that plan's own first handoff: the new plan replaces it whole and keeps its anchor.
    anchor = anchorOf(replaced);
  } else {
    const wall = replaced.shiftLength.unit === "hours" ? wallTimeAt(timeZone, takeover.start) : null;
    anchor = {
      ...(wall
        ? // Hourly handoffs drift on the wall clock; the new plan starts from the wall time of H.
          { startDate: formatCalendarDate(wall), handoffTime: formatTimeOfDay(wall) }
        : // Keep the configured handoff time even if H itself was moved by a DST gap (02:30 → 03:00).
          { startDate: formatDayNumber(plan.startDay + k * plan.stepDays), handoffTime: replaced.handoffTime }),
      // The exact takeover instant (a wall time cannot always name it: an hourly handoff at the
      // second 01:30 of a fall-back), and the shift count carries on so the next person takes over.
      startsAt: takeover.start,
      firstShiftIndex: takeover.index,
    };
  }
  return { timeZone, participants, ...(kept.length > 0 ? { earlierPlans: kept } : {}), ...anchor, shiftLength: newLength };
}

/** A plan's anchor fields only (a Rotation passed as a plan also carries its zone and participants). */
function anchorOf(p: ShiftPlan): Anchor {
  const { handoffTime, startDate, startsAt, firstShiftIndex } = p;
  return {
    handoffTime,
    startDate,
    ...(startsAt ? { startsAt } : {}),
    ...(firstShiftIndex !== undefined ? { firstShiftIndex } : {}),
  };
}
