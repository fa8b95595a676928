// The order rules for an incident's key times, as the database's check constraints state them
// (supabase/migrations/*_create_incidents.sql). The database enforces them; this file says the same
// thing earlier and in words, on the field a person would change.
import type { FieldErrors } from "@/lib/actions/result";
import { formatInTimeZone } from "@/lib/time/format";
import { isTimeZone } from "@/lib/time/zone";
import { KEY_TIME_LABELS, KEY_TIMES, type KeyTime } from "./model";

/** Clocks drift and forms take a moment to send; a time this far ahead still counts as "now". */
export const FUTURE_SLACK_MS = 5 * 60_000;

/** One check constraint: `later` may not be before `earlier`. The message goes on `later`. */
interface OrderRule {
  constraint: string;
  later: KeyTime;
  earlier: KeyTime;
}

// Same order as the migration; a field breaking two rules shows the first.
const ORDER_RULES: OrderRule[] = [
  { constraint: "detected_not_before_started", later: "detected_at", earlier: "started_at" },
  { constraint: "declared_not_before_detected", later: "declared_at", earlier: "detected_at" },
  { constraint: "acknowledged_not_before_declared", later: "acknowledged_at", earlier: "declared_at" },
  { constraint: "mitigated_not_before_started", later: "mitigated_at", earlier: "started_at" },
  { constraint: "resolved_not_before_declared", later: "resolved_at", earlier: "declared_at" },
  { constraint: "resolved_not_before_mitigated", later: "resolved_at", earlier: "mitigated_at" },
];

const beforeMessage = (r: OrderRule) => `${KEY_TIME_LABELS[r.later]} can't be before ${KEY_TIME_LABELS[r.earlier]}`;

type TimeValue = string | Date | null | undefined;

function toDate(t: TimeValue): Date | null {
  if (t === null || t === undefined || t === "") return null;
  const d = t instanceof Date ? t : new Date(t);
  return Number.isNaN(d.getTime()) ? null : d; // a malformed time is the schema's to report
}

/**
 * `at` as short as it can be next to `beside`: the time alone on the same day, the date too
 * otherwise, and seconds when both fall in the same minute — "can't be before 14:05" would be
 * a puzzle when the other time is 14:05 too.
 */
function describeTime(at: Date, beside: Date, timeZone: string): string {
  const [day, time] = formatInTimeZone(at, timeZone).split(", ");
  const [besideDay, besideTime] = formatInTimeZone(beside, timeZone).split(", ");
  const seconds = at.getUTCSeconds();
  const shown = time === besideTime && seconds > 0 ? time.replace(/^(\d\d:\d\d)/, `$1:${String(seconds).padStart(2, "0")}`) : time;
  return day === besideDay ? shown : `${day}, ${shown}`;
}

/**
 * Messages for key times that break the database's order rules or lie more than a few minutes
 * in the future, keyed by field. Missing times are skipped: an edit may send only some of them,
 * and the database checks the whole row.
 */
export function checkKeyTimes(
  times: Partial<Record<KeyTime, TimeValue>>,
  now: Date = new Date(),
  timeZone = "UTC",
): FieldErrors {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  const errors: FieldErrors = {};
  for (const field of KEY_TIMES) {
    const at = toDate(times[field]);
    if (at && at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
      errors[field] = `${KEY_TIME_LABELS[field]} can't be in the future (it's ${describeTime(now, at, zone)} now)`;
    }
  }
  for (const rule of ORDER_RULES) {
    const later = toDate(times[rule.later]);
    const earlier = toDate(times[rule.earlier]);
    if (!later || !earlier || later.getTime() >= earlier.getTime()) continue;
    errors[rule.later] ??= `${beforeMessage(rule)} (${describeTime(earlier, later, zone)})`;
  }
  return errors;
}

/** The field and words for a key-time check constraint the database reported; null for others. */
export function keyTimeConstraintError(constraintName: string): { field: KeyTime; message: string } | null {
  if (constraintName === "resolved_time_matches_status") {
    return {
      field: "resolved_at",
      message: "Resolved is set by resolving the incident and cleared by reopening it — change the status instead",
    };
  }
  const rule = ORDER_RULES.find((r) => r.constraint === constraintName);
  return rule ? { field: rule.later, message: beforeMessage(rule) } : null;
}
