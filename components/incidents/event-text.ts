// What a timeline event says, in words: "moved the status from Investigating to Identified".
import { KEY_TIME_LABELS, ROLE_LABELS, STATUS_LABELS, type IncidentRole, type IncidentStatus, type KeyTime, type TimelineEvent } from "@/lib/incidents/model";
import { formatInTimeZone } from "@/lib/time/format";

interface Names {
  person: (id: unknown) => string;
  service: (id: unknown) => string;
  timeZone: string;
}

const FIELD_LABELS: Record<string, string> = { title: "title", summary: "summary", drill: "drill flag", service_ids: "services" };
const status = (s: unknown) => STATUS_LABELS[s as IncidentStatus] ?? String(s);
const time = (v: unknown, zone: string) => (typeof v === "string" ? formatInTimeZone(new Date(v), zone) : "none");
const list = (v: unknown, name: (id: unknown) => string) =>
  Array.isArray(v) && v.length ? v.map(name).join(", ") : "none";

export function describeEvent(e: TimelineEvent, n: Names): string {
  const d = e.data;
  switch (e.kind) {
    case "declared":
      return `declared the incident (${String(d.severity)}${d.drill ? ", drill" : ""})`;
    case "status":
      return `moved the status from ${status(d.from)} to ${status(d.to)}`;
    case "severity":
      return `changed the severity from ${String(d.from)} to ${String(d.to)}`;
    case "acknowledged":
      return "acknowledged the incident";
    case "role": {
      const label = ROLE_LABELS[d.role as IncidentRole] ?? "a role";
      if (!d.to) return `removed ${n.person(d.from)} as ${label.toLowerCase()}`;
      return d.from
        ? `handed ${label.toLowerCase()} from ${n.person(d.from)} to ${n.person(d.to)}`
        : `made ${n.person(d.to)} ${label.toLowerCase()}`;
    }
    case "key_time":
      return `set ${KEY_TIME_LABELS[d.field as KeyTime] ?? "a time"} to ${time(d.to, n.timeZone)} (was ${time(d.from, n.timeZone)})`;
    case "field": {
      const f = String(d.field);
      if (f === "title") return `renamed the incident from “${String(d.from)}” to “${String(d.to)}”`;
      if (f === "drill") return d.to ? "marked this as a drill" : "marked this as a real incident, not a drill";
      if (f === "service_ids") return `changed the services from ${list(d.from, n.service)} to ${list(d.to, n.service)}`;
      return `edited the ${FIELD_LABELS[f] ?? f}`;
    }
    case "note":
      return e.deleted_at ? "deleted a note" : "added a note";
    case "stakeholder_update":
      return d.channel === "customer" ? "sent a customer notification" : "posted a status page update";
    case "runbook_attached":
      return `started using the runbook “${String(d.title)}”`;
    case "runbook_step":
      return `${d.ticked ? "ticked" : "unticked"} “${String(d.text)}” in ${String(d.title)}`;
  }
}
