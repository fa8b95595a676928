// What an on-call calendar feed holds: the final schedule (rotation + overrides) as calendar
// events, for one rotation or for one person across every rotation. Pure: setups and names in,
// events out (ical.ts writes them, app/api/calendar reads and serves them).

import { icsDateTime, type IcsEvent } from "./ical";
import { reasonText } from "./describe";
import { onCallNow, reasonFor, scheduleOf, type RotationSetup } from "./now";
import type { ScheduleBlock } from "./overrides";
import { shiftAt } from "./rotation";

const DAY = 86_400_000;
/**
 * A week back, so the shift just worked (or still running) stays in the calendar for follow-ups
 * after an incident; eight weeks ahead, long enough to plan leave and swaps around. Further out is
 * mostly guesswork (overrides are made a few weeks ahead) and only makes every fetch bigger.
 * Clients fetch again every hour or so, so the window slides with them.
 */
export const FEED_PAST_DAYS = 7;
export const FEED_AHEAD_DAYS = 56;
/** The refresh hint written into the feed, in minutes. */
export const FEED_REFRESH_MINUTES = 60;

export function feedWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - FEED_PAST_DAYS * DAY), to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY) };
}

/**
 * [from, to) widened to real block boundaries for one rotation. The final schedule is cut at the
 * range's ends, so a block running across `from` would come out starting at `from`: the wrong
 * start, and (as UIDs come from the start) a new event every time the window moves. A shift's
 * start and end are always block boundaries (a new shift is a new reason), so the range widens to
 * the shifts in force at its ends. Outside any shift (before a rotation starts), only overrides
 * put anyone on call, and the range widens to those covering its ends.
 */
export function widenedRange(setup: RotationSetup, from: Date, to: Date): { from: Date; to: Date } {
  const covering = (at: Date) => setup.overrides.filter((o) => o.start <= at && at < o.end);
  const startShift = setup.rotation.participants.length ? shiftAt(setup.rotation, from) : null;
  const endShift = setup.rotation.participants.length ? shiftAt(setup.rotation, to) : null;
  const lo = startShift?.start ?? new Date(Math.min(from.getTime(), ...covering(from).map((o) => o.start.getTime())));
  const hi = endShift?.end ?? new Date(Math.max(to.getTime(), ...covering(to).map((o) => o.end.getTime())));
  return { from: lo, to: hi };
}

/** The blocks of one rotation overlapping [from, to), with their real starts and ends (see widenedRange). */
export function feedBlocks(setup: RotationSetup, from: Date, to: Date): ScheduleBlock[] {
  const range = widenedRange(setup, from, to);
  return scheduleOf(setup, range.from, range.to).filter((b) => b.start < to && b.end > from);
}

/** The secondary when a block starts: the rotation's own order or the rotation it leans on. */
function secondaryAt(setups: readonly RotationSetup[], setup: RotationSetup, at: Date): string | null {
  // Only the rotations the secondary can come from, not every rotation: this runs once per event.
  const chain = [setup];
  for (let s: RotationSetup | undefined = setup; s?.secondary.kind === "rotation"; ) {
    const nextId: string = s.secondary.rotationId;
    s = chain.some((c) => c.id === nextId) ? undefined : setups.find((x) => x.id === nextId);
    if (s) chain.push(s);
  }
  return onCallNow(chain, at)[0].secondary;
}

/** Stable across fetches: the same rotation, the same start, the same kind of feed → the same event. */
export function feedUid(kind: "rotation" | "person", rotationId: string, start: Date, personId?: string): string {
  return `oncall-${rotationId}-${icsDateTime(start)}${kind === "person" ? `-${personId}` : ""}@beacon`;
}

export interface FeedContext {
  setups: readonly RotationSetup[];
  rotationName: (rotationId: string) => string;
  nameOf: (personId: string) => string;
  /** The rotation's page, for the event's link. */
  rotationUrl: (rotationId: string) => string;
  from: Date;
  to: Date;
}

/** A rotation's feed: "On call: API primary (Marcus Chen)" for every block with someone on call. */
export function rotationFeedEvents(rotationId: string, ctx: FeedContext): IcsEvent[] {
  const setup = ctx.setups.find((s) => s.id === rotationId);
  if (!setup) return [];
  const name = ctx.rotationName(rotationId);
  // A block with nobody on call gets no event: before a rotation starts that is every day, and
  // an empty stretch of calendar says "nobody" as plainly.
  return feedBlocks(setup, ctx.from, ctx.to)
    .filter((b) => b.onCall.length > 0)
    .map((b) => {
      const who = b.onCall.map((p) => `${ctx.nameOf(p)}: ${reasonText(reasonFor(b, p)!, ctx.nameOf)}`);
      const secondary = secondaryAt(ctx.setups, setup, b.start);
      const link = ctx.rotationUrl(rotationId);
      return {
        uid: feedUid("rotation", rotationId, b.start),
        start: b.start,
        end: b.end,
        summary: `On call: ${name} (${b.onCall.map(ctx.nameOf).join(" + ")})`,
        description: [...who, `Secondary: ${secondary ? ctx.nameOf(secondary) : "nobody"}`, link].join("\n"),
        url: link,
      };
    });
}

/** A person's feed: "On call: API primary" for every block, in any rotation, in which they are on call. */
export function personFeedEvents(personId: string, ctx: FeedContext): IcsEvent[] {
  const out: IcsEvent[] = [];
  for (const setup of ctx.setups) {
    for (const b of feedBlocks(setup, ctx.from, ctx.to)) {
      const reason = reasonFor(b, personId);
      if (!reason) continue;
      const primary = b.onCall[0] === personId;
      const secondary = primary ? secondaryAt(ctx.setups, setup, b.start) : null;
      const link = ctx.rotationUrl(setup.id);
      out.push({
        uid: feedUid("person", setup.id, b.start, personId),
        start: b.start,
        end: b.end,
        summary: `On call: ${ctx.rotationName(setup.id)}`,
        description: [
          `${primary ? "You are primary" : "You are also on call"}: ${reasonText(reason, ctx.nameOf)}`,
          primary ? `Secondary: ${secondary ? ctx.nameOf(secondary) : "nobody"}` : `Primary: ${ctx.nameOf(b.onCall[0])}`,
          link,
        ].join("\n"),
        url: link,
      });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}
