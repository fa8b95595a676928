// A review's timeline: kept in time order, and pre-filled from the incident — its key times, its
// pinned events and its notes. Pure; the start action (lib/reviews/actions.ts) reads the incident
// and passes it in.
//
// For the UI: sortTimeline(entries) after an entry's time changes (saves come back sorted the same
// way, so the order never jumps on save); a new entry is
// { id: crypto.randomUUID(), at: null, text: "", key: null, source: "person", event_id: null }.
import { KEY_TIME_LABELS, KEY_TIMES, STATUS_LABELS, type IncidentStatus, type KeyTime, type TimelineEvent } from "@/lib/incidents/model";
import type { ReviewIncident, TimelineEntry } from "./model";

const keyRank = (key: KeyTime | null) => (key ? KEY_TIMES.indexOf(key) : KEY_TIMES.length);

/**
 * Time order: by instant; at the same instant the key times first, in their natural order
 * (started, detected, declared…), then the rest as they were. Entries without a time yet go last,
 * in the order they were added. Stable, so sorting twice changes nothing.
 */
export function sortTimeline<T extends Pick<TimelineEntry, "at" | "key">>(entries: readonly T[]): T[] {
  const time = (e: T) => (e.at === null ? Number.POSITIVE_INFINITY : Date.parse(e.at));
  return entries
    .map((e, i) => ({ e, i, t: time(e) }))
    .sort((a, b) => {
      if (a.t !== b.t) return Number.isNaN(a.t) ? 1 : Number.isNaN(b.t) ? -1 : a.t - b.t;
      if (a.t === Number.POSITIVE_INFINITY) return a.i - b.i;
      return keyRank(a.e.key) - keyRank(b.e.key) || a.i - b.i;
    })
    .map((x) => x.e);
}

/** The longest entry text a timeline keeps (schema LIMITS.timelineText); longer notes are cut. */
export const ENTRY_TEXT_MAX = 1_000;
/** Entries a timeline may hold (schema LIMITS.timelineEntries). */
export const ENTRIES_MAX = 300;

function clip(text: string): string {
  const t = text.trim();
  return t.length <= ENTRY_TEXT_MAX ? t : `${t.slice(0, ENTRY_TEXT_MAX - 1)}…`;
}

const status = (s: unknown) => STATUS_LABELS[s as IncidentStatus] ?? String(s);

/** What a pinned (non-note) event says on a review's timeline. No names: systems and decisions. */
export function eventText(e: Pick<TimelineEvent, "kind" | "data" | "body">): string {
  const d = e.data;
  switch (e.kind) {
    case "note":
      return e.body ?? "";
    case "stakeholder_update":
      return `${d.channel === "customer" ? "Customer notification" : "Status page update"}: ${e.body ?? ""}`;
    case "status":
      return `Status moved from ${status(d.from)} to ${status(d.to)}`;
    case "severity":
      return `Severity changed from ${String(d.from)} to ${String(d.to)}`;
    case "declared":
      return "Incident declared";
    case "acknowledged":
      return "Acknowledged";
    case "key_time":
      return `${KEY_TIME_LABELS[d.field as KeyTime] ?? "A key time"} corrected`;
    case "runbook_attached":
      return `Runbook “${String(d.title)}” in use`;
    case "runbook_step":
      return `Runbook step ${d.ticked ? "done" : "undone"}: ${String(d.text)}`;
    case "role":
      return "Incident roles changed";
    case "field":
      return d.field === "service_ids" ? "Affected services changed" : `Incident ${String(d.field).replace("_", " ")} changed`;
  }
}

type PrefillEvent = Pick<TimelineEvent, "id" | "at" | "kind" | "data" | "body" | "pinned" | "deleted_at">;

/**
 * The timeline a new review starts with: one entry per incident key time that is set (labelled as
 * on the incident page), then every live note and every other pinned event, in time order. Key
 * times are incident facts: they are never dropped. If notes and pins would overflow the
 * timeline, pins are kept first, then the earliest notes.
 */
export function prefillTimeline(
  incident: Pick<ReviewIncident, KeyTime>,
  events: readonly PrefillEvent[],
): TimelineEntry[] {
  const keyEntries: TimelineEntry[] = KEY_TIMES.flatMap((key) => {
    const at = incident[key];
    if (!at) return [];
    return [{ id: `key:${key}`, at: new Date(at).toISOString(), text: KEY_TIME_LABELS[key], key, source: "key_time" as const, event_id: null }];
  });
  const live = events.filter((e) => !e.deleted_at && (e.pinned || (e.kind === "note" && e.body)));
  const byTime = (a: PrefillEvent, b: PrefillEvent) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id;
  const room = ENTRIES_MAX - keyEntries.length;
  const kept = [...live.filter((e) => e.pinned).sort(byTime), ...live.filter((e) => !e.pinned).sort(byTime)].slice(0, room);
  const eventEntries: TimelineEntry[] = kept.map((e) => ({
    id: `event:${e.id}`,
    at: new Date(e.at).toISOString(),
    text: clip(eventText(e)),
    key: null,
    source: "event",
    event_id: e.id,
  }));
  return sortTimeline([...keyEntries, ...eventEntries.sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!) || a.event_id! - b.event_id!)]);
}

/** The instant of each key time on the timeline (the entry marked with it), for the durations. */
export function keyTimesOf(entries: readonly Pick<TimelineEntry, "at" | "key">[]): Partial<Record<KeyTime, string>> {
  const out: Partial<Record<KeyTime, string>> = {};
  for (const e of entries) if (e.key && e.at && !(e.key in out)) out[e.key] = e.at;
  return out;
}
