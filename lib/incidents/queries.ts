import "server-only";
import { listPeople } from "@/lib/people/queries";
import type { SupabaseClient } from "@supabase/supabase-js";
import {
  type AttachedRunbook,
  INCIDENT_LIST_COLUMNS,
  SEVERITY_COLUMNS,
  type Incident,
  type IncidentListItem,
  type Severity,
  type TimelineEvent,
} from "./model";
import { encodeCursor, toListArgs, type IncidentFilters } from "./filters";

export interface NoteRevision {
  body: string;
  replaced_at: string;
  replaced_by: string | null;
}
export type TimelineEntry = TimelineEvent & { note_revisions: NoteRevision[] };

/** Everything the incident page shows, as one JSON document (also what /api/incidents/INC-n serves). */
export interface IncidentView {
  incident: Incident;
  events: TimelineEntry[];
  runbooks: AttachedRunbook[];
}

function fail(what: string, error: { code?: string; message: string }): never {
  throw new Error(`${what}: ${error.code ?? ""} ${error.message}`);
}

/** The incident page's data in one round trip (public.incident_view builds it in Postgres). */
export async function getIncident(db: SupabaseClient, number: number): Promise<IncidentView | null> {
  const { data, error } = await db.rpc("incident_view", { incident_number: number });
  if (error) fail("getIncident", error);
  return (data as IncidentView | null) ?? null;
}

export interface IncidentPage {
  items: IncidentListItem[];
  /** Cursor for the next page, or null on the last one. */
  next: string | null;
}

export const PAGE_SIZE = 25;

export async function listIncidents(
  db: SupabaseClient,
  filters: IncidentFilters,
  viewerTimeZone: string,
  pageSize = PAGE_SIZE,
): Promise<IncidentPage> {
  // One more than a page tells us whether there is a next one without counting.
  const { data, error } = await db
    .rpc("list_incidents", toListArgs(filters, viewerTimeZone, pageSize + 1))
    .select(INCIDENT_LIST_COLUMNS + ",is_open");
  if (error) fail("listIncidents", error);
  const rows = data as unknown as (IncidentListItem & { is_open: boolean })[];
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  const next =
    rows.length > pageSize && last
      ? encodeCursor({ open: last.is_open, declared_at: last.declared_at, number: last.number })
      : null;
  return { items, next };
}

export async function listSeverities(db: SupabaseClient): Promise<Severity[]> {
  const { data, error } = await db.from("severities").select(SEVERITY_COLUMNS).order("rank");
  if (error) fail("listSeverities", error);
  return data as Severity[];
}

export interface ServiceOption {
  id: string;
  slug: string;
  name: string;
}
export async function listServices(db: SupabaseClient): Promise<ServiceOption[]> {
  const { data, error } = await db.from("services").select("id,slug,name").order("name");
  if (error) fail("listServices", error);
  return data as ServiceOption[];
}

/** What incident forms pick from: severities, services and people, read together. */
export async function listIncidentOptions(db: SupabaseClient) {
  const [severities, services, people] = await Promise.all([listSeverities(db), listServices(db), listPeople(db)]);
  return { severities, services, people };
}
