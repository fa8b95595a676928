// Status moves: which are allowed, what to call them on a button, and which key times the database
// sets when one happens. The database (private.before_incident_write) is the authority; this file
// mirrors it so the page can offer the right buttons and say what a move will do before it is made.
import { INCIDENT_STATUSES, STATUS_LABELS, type Incident, type IncidentStatus } from "./model";

export type MoveKind = "advance" | "step back" | "resolve" | "reopen";

export interface Move {
  to: IncidentStatus;
  kind: MoveKind;
  label: string;
}

const rank = (s: IncidentStatus) => INCIDENT_STATUSES.indexOf(s);

/**
 * What moving from one status to another is, or null when it is not a move (same status).
 * Open statuses move freely either way — a fix that did not hold sends monitoring back to
 * investigating — while a resolved incident can only be reopened.
 */
export function moveKind(from: IncidentStatus, to: IncidentStatus): MoveKind | null {
  if (from === to) return null;
  if (from === "resolved") return "reopen";
  if (to === "resolved") return "resolve";
  return rank(to) > rank(from) ? "advance" : "step back";
}

function labelOf(to: IncidentStatus, kind: MoveKind): string {
  switch (kind) {
    case "resolve":
      return "Resolve";
    case "reopen":
      return "Reopen";
    case "step back":
      return `Back to ${STATUS_LABELS[to].toLowerCase()}`;
    case "advance":
      return STATUS_LABELS[to];
  }
}

/**
 * The moves to offer as buttons, the natural next step first: forward moves in order (resolve
 * last among them), then steps back, nearest first. Reopening goes to investigating only: a
 * reopened incident starts over, and can move on from there.
 */
export function nextMoves(status: IncidentStatus): Move[] {
  if (status === "resolved") return [{ to: "investigating", kind: "reopen", label: "Reopen" }];
  const forward = INCIDENT_STATUSES.filter((s) => rank(s) > rank(status));
  const back = INCIDENT_STATUSES.filter((s) => rank(s) < rank(status)).reverse();
  return [...forward, ...back].map((to) => {
    const kind = moveKind(status, to)!;
    return { to, kind, label: labelOf(to, kind) };
  });
}

export type MoveTimes = Pick<Incident, "started_at" | "declared_at" | "acknowledged_at" | "mitigated_at">;
type TimeValue = string | Date | null;

/** The key times a move sets (or clears: null), exactly as the database's trigger will. */
export interface TimesSetByMove {
  mitigated_at?: Date;
  acknowledged_at?: Date;
  resolved_at?: Date | null;
}

const toDate = (t: TimeValue): Date | null => (t === null ? null : t instanceof Date ? t : new Date(t));
const latest = (...ds: (Date | null)[]) =>
  new Date(Math.max(...ds.filter((d): d is Date => d !== null).map((d) => d.getTime())));

/**
 * Which key times the trigger fills in when the status moves from `from` to `to` at `now`, so the
 * page can say "Resolving sets Resolved to 14:05" before anyone clicks. Times already set are kept
 * (a person may have corrected them); only empty ones are filled.
 */
export function timesSetByMove(
  from: IncidentStatus,
  to: IncidentStatus,
  times: { [K in keyof MoveTimes]: TimeValue },
  now: Date,
): TimesSetByMove {
  const kind = moveKind(from, to);
  if (kind === null) return {};
  const started = toDate(times.started_at);
  const declared = toDate(times.declared_at);
  let mitigated = toDate(times.mitigated_at);
  const out: TimesSetByMove = {};
  if ((to === "monitoring" || to === "resolved") && mitigated === null) {
    mitigated = latest(now, started);
    out.mitigated_at = mitigated;
  }
  if (to === "resolved") {
    if (toDate(times.acknowledged_at) === null) out.acknowledged_at = latest(now, declared);
    out.resolved_at = latest(now, declared, mitigated);
  } else if (kind === "reopen") {
    out.resolved_at = null;
  }
  return out;
}
