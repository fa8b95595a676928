// One zod schema per incident mutation, shared by the client forms and the server actions.
// Shape only: whether a severity, service or person exists is the database's answer (foreign
// keys), turned into a field message by lib/incidents/db-errors.ts.
import { z } from "zod";
import { INCIDENT_STATUSES, STAKEHOLDER_CHANNELS } from "./model";

export const TITLE_MAX = 200;
export const MARKDOWN_MAX = 20_000;

const title = z
  .string({ error: "Give the incident a title" })
  .trim()
  .min(1, { error: "Give the incident a title" })
  .max(TITLE_MAX, { error: `Keep the title under ${TITLE_MAX} characters` });
const summary = z.string().max(MARKDOWN_MAX, { error: `Keep the summary under ${MARKDOWN_MAX.toLocaleString("en")} characters` });
const severity = z.string({ error: "Pick a severity" }).regex(/^P[0-9]$/, { error: "Pick a severity from the list" });
const serviceIds = z
  .array(z.uuid({ error: "Pick services from the list" }), { error: "Pick services from the list" })
  .max(50, { error: "Pick at most 50 services" });
const personId = z.string().min(1).max(200, { error: "Pick a person from the list" });
const optionalPerson = z
  .union([personId, z.literal(""), z.null()])
  .transform((v) => (v ? v : null));
const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label}: enter a date and time` });
const incidentId = z.uuid({ error: "Unknown incident" });

export const declareSchema = z.object({
  title,
  severity,
  service_ids: serviceIds.default([]),
  summary: summary.default(""),
  drill: z.boolean().default(false),
  commander_id: optionalPerson.optional(),
});
export type DeclareInput = z.input<typeof declareSchema>;

/** The fields an edit may change. Every edit names the version it started from. */
export const incidentChangesSchema = z
  .object({
    title,
    summary,
    severity,
    service_ids: serviceIds,
    drill: z.boolean(),
    commander_id: optionalPerson,
    comms_lead_id: optionalPerson,
    scribe_id: optionalPerson,
    started_at: instant("Impact started"),
    detected_at: instant("Detected"),
    declared_at: instant("Declared"),
    acknowledged_at: instant("Acknowledged").nullable(),
    mitigated_at: instant("Mitigated").nullable(),
    resolved_at: instant("Resolved").nullable(),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, { error: "Nothing to save" });
export type IncidentChanges = z.output<typeof incidentChangesSchema>;

export const editIncidentSchema = z.object({
  incident_id: incidentId,
  version: z.number().int().min(1),
  changes: incidentChangesSchema,
});
export type EditIncidentInput = z.input<typeof editIncidentSchema>;

export const moveStatusSchema = z.object({
  incident_id: incidentId,
  status: z.enum(INCIDENT_STATUSES, { error: "Pick a status" }),
});

export const acknowledgeSchema = z.object({ incident_id: incidentId });

const noteBody = z
  .string()
  .trim()
  .min(1, { error: "Write something first" })
  .max(MARKDOWN_MAX, { error: `Keep a note under ${MARKDOWN_MAX.toLocaleString("en")} characters` });

export const addNoteSchema = z.object({ incident_id: incidentId, body: noteBody });
export const editNoteSchema = z.object({ event_id: z.number().int().positive(), body: noteBody });
export const deleteNoteSchema = z.object({ event_id: z.number().int().positive() });
export const pinEventSchema = z.object({ event_id: z.number().int().positive(), pinned: z.boolean() });

export const stakeholderUpdateSchema = z.object({
  incident_id: incidentId,
  channel: z.enum(STAKEHOLDER_CHANNELS),
  body: noteBody,
});

const minutes = (label: string) =>
  z.coerce
    .number({ error: `${label}: enter a number of minutes` })
    .int({ error: `${label}: whole minutes` })
    .min(1, { error: `${label}: at least 1 minute` })
    .max(10080, { error: `${label}: at most 10080 minutes (one week)` });

/** Admins tune what each severity means and expects. */
export const severitySchema = z.object({
  id: z.string().regex(/^P[0-9]$/),
  name: z.string().trim().min(1, { error: "Give it a name" }).max(40, { error: "At most 40 characters" }),
  description: z
    .string()
    .trim()
    .min(1, { error: "Say when to use it" })
    .max(300, { error: "At most 300 characters" }),
  ack_minutes: minutes("Acknowledge within"),
  update_minutes: minutes("Update every"),
});
export type SeverityInput = z.input<typeof severitySchema>;

const runbookSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "Pick a runbook from the list" });
export const attachRunbookSchema = z.object({ incident_id: incidentId, slug: runbookSlug });
export const tickStepSchema = z.object({
  incident_id: incidentId,
  slug: runbookSlug,
  step: z.number().int().min(0).max(499),
  ticked: z.boolean(),
});
