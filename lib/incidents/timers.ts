// The clocks in an incident's header: how long until (or since) it should have been acknowledged,
// and whether stakeholders are due an update. Pure: the caller passes `now` and re-renders.
import type { Incident, IncidentStatus, Severity } from "./model";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration the way people say it in a channel: "45 s", "42 min", "1 h 5 min", "2 d 3 h".
 * Rounded down — a clock that says "3 min left" must not have less — with two units at most, and
 * never negative (a clock skewed into the future reads "0 s"). Under a minute shows seconds, so
 * "0 s" rather than a "0 min" that looks stuck.
 */
export function formatDuration(ms: number): string {
  const t = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (t < MINUTE) return `${Math.floor(t / SECOND)} s`;
  if (t < HOUR) return `${Math.floor(t / MINUTE)} min`;
  if (t < DAY) {
    const h = Math.floor(t / HOUR);
    const min = Math.floor((t % HOUR) / MINUTE);
    return min ? `${h} h ${min} min` : `${h} h`;
  }
  const d = Math.floor(t / DAY);
  const h = Math.floor((t % DAY) / HOUR);
  return h ? `${d} d ${h} h` : `${d} d`;
}

const toDate = (t: string | Date) => (t instanceof Date ? t : new Date(t));

export interface AckClock {
  state: "acknowledged" | "waiting" | "breached";
  dueAt: Date;
  remainingMs: number;
  overdueMs: number;
  label: string;
}

/**
 * The acknowledge clock: the severity's target counts from when the incident was declared. Once
 * acknowledged, it tells how long that took (and whether it was late). Without an acknowledgement
 * the clock keeps running whatever the status: the database acknowledges on resolve, so a resolved
 * incident with no acknowledged time is one whose data says nobody did.
 */
export function ackClock(
  incident: Pick<Incident, "declared_at" | "acknowledged_at" | "status">,
  severity: Pick<Severity, "id" | "ack_minutes">,
  now: Date,
): AckClock {
  const declared = toDate(incident.declared_at).getTime();
  const dueAt = new Date(declared + severity.ack_minutes * MINUTE);
  const target = `${severity.id} expects it within ${formatDuration(severity.ack_minutes * MINUTE)}`;
  if (incident.acknowledged_at) {
    const at = toDate(incident.acknowledged_at).getTime();
    const overdueMs = Math.max(0, at - dueAt.getTime());
    const took = `Acknowledged after ${formatDuration(at - declared)}`;
    return {
      state: "acknowledged",
      dueAt,
      remainingMs: 0,
      overdueMs,
      label: overdueMs > 0 ? `${took} — ${target}` : took,
    };
  }
  const remainingMs = dueAt.getTime() - now.getTime();
  if (remainingMs >= 0) {
    return {
      state: "waiting",
      dueAt,
      remainingMs,
      overdueMs: 0,
      label: remainingMs < SECOND ? `Acknowledge now — ${target}` : `Acknowledge within ${formatDuration(remainingMs)}`,
    };
  }
  return {
    state: "breached",
    dueAt,
    remainingMs: 0,
    overdueMs: -remainingMs,
    label: `Acknowledgement overdue by ${formatDuration(-remainingMs)} — ${target}`,
  };
}

export interface UpdateCadence {
  state: "ok" | "due soon" | "overdue" | "not needed";
  dueAt: Date | null;
  label: string;
}

/** The last fifth of the interval turns the clock amber: time to start writing, not to panic. */
export const DUE_SOON_FRACTION = 0.2;

/**
 * The stakeholder-update clock: the severity's cadence counts from the last update, or from the
 * declaration when there has been none. Exactly at the due time it is still "due soon"; a
 * millisecond later it is overdue. A resolved incident needs no more updates.
 */
export function updateCadence(
  lastUpdateAt: Date | null,
  declaredAt: Date,
  severity: Pick<Severity, "id" | "update_minutes">,
  now: Date,
  status: IncidentStatus,
): UpdateCadence {
  if (status === "resolved") return { state: "not needed", dueAt: null, label: "Resolved — no more updates due" };
  const interval = severity.update_minutes * MINUTE;
  const since = lastUpdateAt ?? declaredAt;
  const dueAt = new Date(since.getTime() + interval);
  const left = dueAt.getTime() - now.getTime();
  const state = left < 0 ? "overdue" : left <= interval * DUE_SOON_FRACTION ? "due soon" : "ok";
  const target = `${severity.id} expects one every ${formatDuration(interval)}`;
  const label = lastUpdateAt
    ? `Last update ${formatDuration(now.getTime() - lastUpdateAt.getTime())} ago — ${target}`
    : `No update yet, declared ${formatDuration(now.getTime() - declaredAt.getTime())} ago — ${target}`;
  return { state, dueAt, label };
}
