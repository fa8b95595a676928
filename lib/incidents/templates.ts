// Drafts of stakeholder updates, filled in from the incident so nobody types times under pressure.
// They are starting points: the person sending edits them before recording them on the timeline.
//
// The title is written by responders for responders ("db-3 OOM after deploy") and the severity
// code and INC number mean nothing outside; so neither draft repeats the title, and the customer
// draft leaves out the severity too.
import { formatInTimeZone } from "@/lib/time/format";
import { isTimeZone } from "@/lib/time/zone";
import type { Incident, IncidentStatus, Severity, StakeholderChannel } from "./model";
import { formatDuration } from "./timers";

export const DRILL_PREFIX = "[DRILL — exercise only]";

export interface TemplateContext {
  incident: Pick<Incident, "title" | "status" | "severity" | "started_at" | "resolved_at" | "drill">;
  /** With update_minutes, open drafts promise the next update within the severity's cadence. */
  severity: Pick<Severity, "id" | "name"> & Partial<Pick<Severity, "update_minutes">>;
  serviceNames: string[];
  now: Date;
  timeZone: string;
}

/** "API", "API and Web", "API, Web and Auth"; null when there are none. */
export function listNaturally(names: string[]): string | null {
  const clean = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (clean.length === 0) return null;
  if (clean.length === 1) return clean[0];
  return `${clean.slice(0, -1).join(", ")} and ${clean[clean.length - 1]}`;
}

const PLAIN_UNITS: Record<string, string> = { s: "second", min: "minute", h: "hour", d: "day" };

/** formatDuration in whole words, for readers outside the team: "1 hour 5 minutes". */
export function plainDuration(ms: number): string {
  return formatDuration(ms).replace(/(\d+) (s|min|h|d)\b/g, (_, n: string, unit: string) => {
    const word = PLAIN_UNITS[unit];
    return `${n} ${n === "1" ? word : `${word}s`}`;
  });
}

/** A time in the reader's zone, with UTC alongside (in brackets) so a reader elsewhere can place it. */
function when(at: Date, timeZone: string): string {
  const local = formatInTimeZone(at, timeZone);
  if (timeZone === "UTC") return local;
  const [localDay] = formatInTimeZone(at, timeZone, false).split(", ");
  const [utcDay, utcTime] = formatInTimeZone(at, "UTC").split(", ");
  return `${local} (${utcDay === localDay ? utcTime : `${utcDay}, ${utcTime}`})`;
}

const ago = (ms: number) => (ms < 60_000 ? "just now" : `${formatDuration(ms)} ago`);

const STATUS_PAGE_LEADS: Record<IncidentStatus, (affected: string) => string> = {
  investigating: (a) => `Investigating — We are investigating an issue affecting ${a}.`,
  identified: (a) => `Identified — We have identified the cause of the issue affecting ${a} and are working on a fix.`,
  monitoring: (a) => `Monitoring — A fix is in place for the issue affecting ${a}, and we are monitoring the results.`,
  resolved: (a) => `Resolved — The issue affecting ${a} has been resolved.`,
};

const CUSTOMER_SUBJECTS: Record<IncidentStatus, (affected: string) => string> = {
  investigating: (a) => `We're looking into a problem with ${a}`,
  identified: (a) => `We've found the cause of a problem with ${a}`,
  monitoring: (a) => `A fix is in place for a problem with ${a}`,
  resolved: (a) => `Resolved: the problem with ${a}`,
};

const CUSTOMER_NEWS: Record<IncidentStatus, string> = {
  investigating: "Our team is looking into it now.",
  identified: "We've found the cause and are working on a fix.",
  monitoring: "We've put a fix in place and are watching closely to make sure it holds.",
  resolved: "This is now fixed, and everything is working normally again.",
};

/** A draft stakeholder update for the channel, from the incident as it stands at `ctx.now`. */
export function stakeholderTemplate(channel: StakeholderChannel, ctx: TemplateContext): string {
  const zone = isTimeZone(ctx.timeZone) ? ctx.timeZone : "UTC";
  const { incident, severity, now } = ctx;
  const started = new Date(incident.started_at);
  const resolved = incident.status === "resolved" && incident.resolved_at ? new Date(incident.resolved_at) : null;
  const services = listNaturally(ctx.serviceNames);
  const open = incident.status !== "resolved";
  const cadence = severity.update_minutes ? severity.update_minutes * 60_000 : null;
  const drill = incident.drill ? `${DRILL_PREFIX} ` : "";

  if (channel === "status_page") {
    const start = when(started, zone);
    const sinceStart = ago(now.getTime() - started.getTime());
    // Outside UTC the brackets already hold the UTC time, so "how long ago" follows a comma.
    const timing = resolved
      ? `Started ${start}; resolved ${when(resolved, zone)} (${formatDuration(resolved.getTime() - started.getTime())} in total).`
      : zone === "UTC"
        ? `Started ${start} (${sinceStart}).`
        : `Started ${start}, ${sinceStart}.`;
    return [
      `${drill}${STATUS_PAGE_LEADS[incident.status](services ?? "our services")}`,
      `Impact: ${severity.name}. ${timing}`,
      ...(open && cadence ? [`Next update within ${formatDuration(cadence)}.`] : []),
    ].join("\n");
  }

  const affected = services ?? "our service";
  const what = resolved
    ? `From ${when(started, zone)} to ${when(resolved, zone)} (${plainDuration(resolved.getTime() - started.getTime())}), some of you may have had trouble using ${affected}.`
    : `Since ${when(started, zone)}, some of you may have had trouble using ${affected}.`;
  const next = !open ? "" : cadence ? ` We'll send another update within ${plainDuration(cadence)}.` : " We'll update you as soon as we know more.";
  return [
    `Subject: ${drill}${CUSTOMER_SUBJECTS[incident.status](affected)}`,
    "",
    "Hello,",
    "",
    `${what} ${CUSTOMER_NEWS[incident.status]}${next}`,
    "",
    open ? "We're sorry for the trouble, and thank you for your patience." : "We're sorry for the trouble this caused, and thank you for your patience.",
  ].join("\n");
}
