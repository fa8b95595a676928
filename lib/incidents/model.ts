// The incident as the database stores it (supabase/migrations/*_create_incidents.sql) and the
// words the app uses for it. No I/O here.

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

/** Key times in the order they normally happen. */
export const KEY_TIMES = [
  "started_at",
  "detected_at",
  "declared_at",
  "acknowledged_at",
  "mitigated_at",
  "resolved_at",
] as const;
export type KeyTime = (typeof KEY_TIMES)[number];

export const KEY_TIME_LABELS: Record<KeyTime, string> = {
  started_at: "Impact started",
  detected_at: "Detected",
  declared_at: "Declared",
  acknowledged_at: "Acknowledged",
  mitigated_at: "Mitigated",
  resolved_at: "Resolved",
};

export const INCIDENT_ROLES = ["commander_id", "comms_lead_id", "scribe_id"] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];
export const ROLE_LABELS: Record<IncidentRole, string> = {
  commander_id: "Commander",
  comms_lead_id: "Communications lead",
  scribe_id: "Scribe",
};

export interface Severity {
  id: string; // P0…P3
  name: string;
  description: string;
  ack_minutes: number;
  update_minutes: number;
  rank: number;
}
export const SEVERITY_COLUMNS = "id,name,description,ack_minutes,update_minutes,rank";

export interface Incident {
  id: string;
  number: number;
  title: string;
  summary: string;
  severity: string;
  status: IncidentStatus;
  drill: boolean;
  service_ids: string[];
  commander_id: string | null;
  comms_lead_id: string | null;
  scribe_id: string | null;
  declared_by: string | null;
  started_at: string;
  detected_at: string;
  declared_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}
export const INCIDENT_COLUMNS =
  "id,number,title,summary,severity,status,drill,service_ids,commander_id,comms_lead_id,scribe_id,declared_by," +
  "started_at,detected_at,declared_at,acknowledged_at,acknowledged_by,mitigated_at,resolved_at,version,updated_at,updated_by";
/** What the list shows: everything but the summary. */
export const INCIDENT_LIST_COLUMNS = INCIDENT_COLUMNS.replace("summary,", "");
export type IncidentListItem = Omit<Incident, "summary">;

export type EventKind =
  | "declared"
  | "status"
  | "severity"
  | "field"
  | "role"
  | "key_time"
  | "acknowledged"
  | "note"
  | "stakeholder_update"
  | "runbook_attached"
  | "runbook_step";

export interface TimelineEvent {
  id: number;
  incident_id: string;
  at: string;
  actor_id: string | null;
  kind: EventKind;
  data: Record<string, unknown>;
  body: string | null;
  pinned: boolean;
  edited_at: string | null;
  deleted_at: string | null;
}

export const STAKEHOLDER_CHANNELS = ["status_page", "customer"] as const;
export type StakeholderChannel = (typeof STAKEHOLDER_CHANNELS)[number];

/** A runbook attached to an incident, with its checklist as it was when attached. */
export interface AttachedRunbook {
  slug: string;
  title: string;
  steps: string[];
  attached_by: string | null;
  attached_at: string;
  runbook_step_ticks: { step: number; ticked_by: string | null; ticked_at: string }[];
}
