import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";
import { PERSON_COLUMNS, type Person } from "@/lib/people/person";
import type { Override } from "./overrides";
import type { ShiftUnit } from "./rotation";
import type { RotationSetup } from "./now";

// Reads for the on-call pages, as the signed-in person (dbAs): RLS decides what is seen. Rows are
// mapped to the pure types (Rotation, Override) here and nowhere else.

/** An override as stored: the pure Override plus its note and who made it. */
export type OverrideRecord = Override & { note: string; createdBy: string | null };

export interface RotationRecord {
  id: string;
  name: string;
  timeZone: string;
  shiftUnit: ShiftUnit;
  shiftCount: number;
  /** "HH:MM" in timeZone. */
  handoffTime: string;
  startDate: string;
  services: { slug: string; name: string }[];
  /** Person ids in shift order. */
  participants: string[];
  overrides: OverrideRecord[];
  setup: RotationSetup;
}

interface RotationRow {
  id: string;
  name: string;
  time_zone: string;
  shift_unit: ShiftUnit;
  shift_count: number;
  handoff_time: string;
  start_date: string;
  secondary_kind: "next_participant" | "rotation";
  secondary_rotation_id: string | null;
  services: { service: { slug: string; name: string } | null }[];
  participants: { position: number; person_id: string }[];
  overrides: {
    id: string;
    kind: "replace" | "add" | "remove";
    add_person_id: string | null;
    remove_person_id: string | null;
    starts_at: string;
    ends_at: string;
    note: string;
    created_by: string | null;
  }[];
}

function toOverride(o: RotationRow["overrides"][number]): OverrideRecord {
  const range = { id: o.id, start: new Date(o.starts_at), end: new Date(o.ends_at), note: o.note, createdBy: o.created_by };
  if (o.kind === "replace") return { ...range, kind: "replace", addId: o.add_person_id!, removeId: o.remove_person_id! };
  if (o.kind === "add") return { ...range, kind: "add", addId: o.add_person_id! };
  return { ...range, kind: "remove", removeId: o.remove_person_id! };
}

export function toRotationRecord(r: RotationRow): RotationRecord {
  const participants = [...r.participants].sort((a, b) => a.position - b.position).map((p) => p.person_id);
  const overrides = r.overrides.map(toOverride).sort((a, b) => a.start.getTime() - b.start.getTime());
  const handoffTime = r.handoff_time.slice(0, 5);
  return {
    id: r.id,
    name: r.name,
    timeZone: r.time_zone,
    shiftUnit: r.shift_unit,
    shiftCount: r.shift_count,
    handoffTime,
    startDate: r.start_date,
    services: r.services.flatMap((s) => (s.service ? [s.service] : [])).sort((a, b) => a.name.localeCompare(b.name)),
    participants,
    overrides,
    setup: {
      id: r.id,
      rotation: {
        timeZone: r.time_zone,
        shiftLength: { unit: r.shift_unit, count: r.shift_count },
        handoffTime,
        startDate: r.start_date,
        participants,
      },
      overrides,
      secondary:
        r.secondary_kind === "rotation" && r.secondary_rotation_id
          ? { kind: "rotation", rotationId: r.secondary_rotation_id }
          : { kind: "next_participant" },
    },
  };
}

/** The PostgREST select, exported so the bench asks raw PostgREST exactly the same. */
export const ROTATION_COLUMNS =
  "id,name,time_zone,shift_unit,shift_count,handoff_time,start_date,secondary_kind,secondary_rotation_id," +
  "services:rotation_services(service:services(slug,name)),participants:rotation_participants(position,person_id)," +
  "overrides:rotation_overrides(id,kind,add_person_id,remove_person_id,starts_at,ends_at,note,created_by)";

/**
 * Every rotation (by name) with its services, ordered participants and the overrides overlapping
 * [from, to). A rotation without participants cannot be scheduled and is left out of `setup` math
 * by the callers (it has none in practice: save_rotation requires one).
 */
export async function listRotations(db: SupabaseClient, from: Date, to: Date, id?: string): Promise<RotationRecord[]> {
  let q = db
    .from("rotations")
    .select(ROTATION_COLUMNS)
    .lt("overrides.starts_at", to.toISOString())
    .gt("overrides.ends_at", from.toISOString())
    .order("name");
  if (id) q = q.eq("id", id);
  const { data, error } = await q;
  if (error) throw new Error(`listRotations: ${error.code} ${error.message}`);
  return (data as unknown as RotationRow[]).map(toRotationRecord);
}

/** Everyone by id: contacts for participants, covers and group members. */
export async function peopleById(db: SupabaseClient): Promise<Map<string, Person>> {
  const { data, error } = await db.from("people").select(PERSON_COLUMNS);
  if (error) throw new Error(`peopleById: ${error.code} ${error.message}`);
  return new Map((data as Person[]).map((p) => [p.id, p]));
}

export type ReadinessStatus = "missing" | "requested" | "ready";
export interface Readiness {
  items: { id: string; title: string }[];
  /** person id → item id → status and note; an item without a row is missing. */
  status: Map<string, Map<string, { status: ReadinessStatus; note: string }>>;
}

/** The readiness checklist and these people's status on it. */
export async function readinessOf(db: SupabaseClient, personIds: readonly string[]): Promise<Readiness> {
  const [items, status] = await Promise.all([
    db.from("oncall_checklist_items").select("id,title").order("position").order("title"),
    personIds.length
      ? db.from("oncall_checklist_status").select("item_id,person_id,status,note").in("person_id", [...personIds])
      : Promise.resolve({ data: [], error: null }),
  ]);
  if (items.error) throw new Error(`readinessOf: ${items.error.code} ${items.error.message}`);
  if (status.error) throw new Error(`readinessOf: ${status.error.code} ${status.error.message}`);
  const byPerson: Readiness["status"] = new Map();
  for (const s of (status.data ?? []) as { item_id: string; person_id: string; status: ReadinessStatus; note: string }[]) {
    if (!byPerson.has(s.person_id)) byPerson.set(s.person_id, new Map());
    byPerson.get(s.person_id)!.set(s.item_id, { status: s.status, note: s.note });
  }
  return { items: (items.data ?? []) as Readiness["items"], status: byPerson };
}

export interface HandoffNote {
  body: string;
  created_at: string;
  updated_at: string;
  author: { name: string } | null;
}

/** The newest handoff note of a rotation, or null. */
export async function latestHandoffNote(db: SupabaseClient, rotationId: string): Promise<HandoffNote | null> {
  const { data, error } = await db
    .from("rotation_handoff_notes")
    .select("body,created_at,updated_at,author:people!author_id(name)")
    .eq("rotation_id", rotationId)
    .order("created_at", { ascending: false })
    .limit(1)
    .maybeSingle();
  if (error) throw new Error(`latestHandoffNote: ${error.code} ${error.message}`);
  return data as unknown as HandoffNote | null;
}

export interface OncallChange {
  id: number;
  entity_type: string;
  action: "insert" | "update" | "delete";
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed_at: string;
  who: { name: string } | null;
}

/** The latest changes to a rotation: its settings and the rows that belong to it, newest first. */
export async function rotationChanges(db: SupabaseClient, rotationId: string, limit = 20): Promise<OncallChange[]> {
  const { data, error } = await db
    .from("oncall_changes")
    .select("id,entity_type,action,before,after,changed_at,who:people!changed_by(name)")
    .or(`and(entity_type.eq.rotations,entity_id.eq.${rotationId}),after->>rotation_id.eq.${rotationId},before->>rotation_id.eq.${rotationId}`)
    .order("changed_at", { ascending: false })
    .order("id", { ascending: false })
    .limit(limit);
  if (error) throw new Error(`rotationChanges: ${error.code} ${error.message}`);
  return data as unknown as OncallChange[];
}

export interface RotationFormOptions {
  people: { id: string; name: string }[];
  services: { id: string; name: string }[];
  rotations: { id: string; name: string }[];
}

/** What the rotation form picks from: people, services and the rotations that may back it up. */
export async function rotationFormOptions(db: SupabaseClient): Promise<RotationFormOptions> {
  const [people, services, rotations] = await Promise.all([
    db.from("people").select("id,name").order("name"),
    db.from("services").select("id,name").order("name"),
    db.from("rotations").select("id,name").order("name"),
  ]);
  for (const r of [people, services, rotations]) if (r.error) throw new Error(`rotationFormOptions: ${r.error.code} ${r.error.message}`);
  return { people: people.data!, services: services.data!, rotations: rotations.data! };
}

/** A rotation's service ids, for its edit form. */
export async function rotationServiceIds(db: SupabaseClient, rotationId: string): Promise<string[]> {
  const { data, error } = await db.from("rotation_services").select("service_id").eq("rotation_id", rotationId);
  if (error) throw new Error(`rotationServiceIds: ${error.code} ${error.message}`);
  return data.map((r) => r.service_id as string);
}
