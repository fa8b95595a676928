import type { Severity } from "./model";
import { formatDuration } from "./timers";

/** "acknowledge within 15 min, update every 30 min" */
export function severityTargets(s: Pick<Severity, "ack_minutes" | "update_minutes">): string {
  return `acknowledge within ${formatDuration(s.ack_minutes * 60_000)}, update every ${formatDuration(s.update_minutes * 60_000)}`;
}
