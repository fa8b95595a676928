"use server";
// Every incident mutation: the shared zod schema again on the server, then PostgREST as the
// person (RLS and constraints decide), then words for the form. The timeline is written by the
// database itself (private.record_event), never here.
import { action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { INCIDENT_COLUMNS, type Incident } from "./model";
import { incidentDbError } from "./db-errors";
import {
  acknowledgeSchema,
  addNoteSchema,
  declareSchema,
  deleteNoteSchema,
  editIncidentSchema,
  editNoteSchema,
  moveStatusSchema,
  pinEventSchema,
  attachRunbookSchema,
  severitySchema,
  stakeholderUpdateSchema,
  tickStepSchema,
} from "./schema";
import { runbookBySlug } from "@/lib/runbooks/load";
import { revalidatePath } from "next/cache";
import { z } from "zod";

export const declareIncident = action({ schema: declareSchema }, async (input, { db }) => {
  const { data, error } = await db.from("incidents").insert(input).select("number").single();
  if (error) return incidentDbError(error);
  return { ok: true, data: { number: (data as { number: number }).number } };
});

/** A stale edit: someone saved first. The form keeps what was typed and shows theirs. */
export interface EditConflict {
  ok: false;
  message: string;
  conflict: { incident: Incident; by: string; at: string };
}

export const editIncident = action(
  { schema: editIncidentSchema },
  async (input, { db }): Promise<ActionResult<Incident> | EditConflict> => {
    const { data, error } = await db
      .from("incidents")
      .update(input.changes)
      .eq("id", input.incident_id)
      .eq("version", input.version)
      .select(INCIDENT_COLUMNS);
    if (error) return incidentDbError(error);
    if (data.length === 1) return { ok: true, data: data[0] as unknown as Incident };
    const current = await db.from("incidents").select(INCIDENT_COLUMNS).eq("id", input.incident_id).maybeSingle();
    if (!current.data) return { ok: false, message: "This incident no longer exists; it may have been deleted." };
    const incident = current.data as unknown as Incident;
    const by = incident.updated_by
      ? ((await db.from("people").select("name").eq("id", incident.updated_by).maybeSingle()).data?.name ?? "someone")
      : "someone";
    return {
      ok: false,
      message: `Changed by ${by} since you opened this form. Review their change, then save again — what you typed is still here.`,
      conflict: { incident, by, at: incident.updated_at },
    };
  },
);

export const moveStatus = action({ schema: moveStatusSchema }, async (input, { db }) => {
  const { error } = await db
    .from("incidents")
    .update({ status: input.status })
    .eq("id", input.incident_id)
    .neq("status", input.status);
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const acknowledgeIncident = action({ schema: acknowledgeSchema }, async (input, { db }) => {
  const { error } = await db.rpc("acknowledge_incident", { incident_id: input.incident_id });
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const addNote = action({ schema: addNoteSchema }, async (input, { db }) => {
  const { data, error } = await db.rpc("add_note", { incident_id: input.incident_id, body: input.body });
  if (error) return incidentDbError(error);
  return { ok: true, data: { event_id: data as number } };
});

export const editNote = action({ schema: editNoteSchema }, async (input, { db }) => {
  const { error } = await db.rpc("edit_note", { event_id: input.event_id, body: input.body });
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const deleteNote = action({ schema: deleteNoteSchema }, async (input, { db }) => {
  const { error } = await db.rpc("delete_note", { event_id: input.event_id });
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const pinEvent = action({ schema: pinEventSchema }, async (input, { db }) => {
  const { error } = await db.rpc("pin_event", { event_id: input.event_id, pinned: input.pinned });
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const recordStakeholderUpdate = action({ schema: stakeholderUpdateSchema }, async (input, { db }) => {
  const { error } = await db.rpc("record_stakeholder_update", input);
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const deleteIncident = action(
  { schema: z.object({ incident_id: z.uuid() }), roles: ["admin"] },
  async (input, { db }) => {
    const { data, error } = await db.from("incidents").delete().eq("id", input.incident_id).select("id");
    if (error) return incidentDbError(error);
    if (!data.length) return { ok: false, message: "Not found, or you are not allowed to delete it." };
    return { ok: true, data: undefined };
  },
);

export const updateSeverity = action({ schema: severitySchema, roles: ["admin"] }, async (input, { db }) => {
  const { id, ...changes } = input;
  const { data, error } = await db.from("severities").update(changes).eq("id", id).select("id");
  if (error) return incidentDbError(error);
  if (!data.length) return { ok: false, message: "Not found, or you are not allowed to change it." };
  revalidatePath("/incidents/severities");
  return { ok: true, data: undefined };
});

/** "Use this runbook": its checklist as it is now is stored with the incident. */
export const attachRunbook = action({ schema: attachRunbookSchema }, async (input, { db }) => {
  const runbook = runbookBySlug(input.slug);
  if (!runbook) return { ok: false, message: "Some fields need attention.", fieldErrors: { slug: "No runbook by that name" } };
  const { error } = await db.rpc("attach_runbook", {
    incident_id: input.incident_id,
    slug: runbook.slug,
    title: runbook.meta.title,
    steps: runbook.tasks,
  });
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});

export const tickRunbookStep = action({ schema: tickStepSchema }, async (input, { db }) => {
  const { error } = await db.rpc("tick_runbook_step", input);
  if (error) return incidentDbError(error);
  return { ok: true, data: undefined };
});
