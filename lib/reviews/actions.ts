"use server";
// Every review mutation: the shared zod schema again on the server, then PostgREST as the person
// (RLS, constraints and the review triggers decide), then words for the form. Results never throw.
//
// For the UI (each takes one object, returns ActionResult; conflicts and refusals carry more):
//   startReview({ incident_id })                          → { review_id, incident_number }; idempotent
//   saveSection({ review_id, section, version, content }) → SectionRecord (new version) | SectionConflict
//       One save in flight per section; the next one sends the version the last one returned. A
//       conflict carries theirs (content, version, who): show both, let the person merge, and save
//       again with theirs.version. Timeline content comes back sorted.
//   addActionItem({ review_id, title, owner_id?, due_date?, priority?, type?, status?, tracker_url? })
//       → ActionItem; due_date left out: four weeks from today for P0/P1, none otherwise
//   editActionItem({ id, version, changes })               → ActionItem | ActionItemConflict
//   setActionItemStatus({ id, status })                    → ActionItem (also after publishing)
//   removeActionItem({ id, version })                      → void | ActionItemConflict
//   submitReview({ review_id }) / returnReviewToDraft({ review_id }) → Review
//   publishReview({ review_id })                           → Review | NotReadyToPublish (missing list)
// A severity change from the Impact step is an ordinary incident edit — editIncident({ incident_id,
// version: incident.version, changes: { severity } }) from lib/incidents/actions — so the incident's
// trigger records it on its timeline; then save the impact section with severity_confirmed.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { z } from "zod";
import { missingFromError, PUBLISHED_MESSAGE, reviewDbError } from "./db-errors";
import {
  ACTION_ITEM_COLUMNS,
  defaultDueDate,
  REVIEW_COLUMNS,
  REVIEW_INCIDENT_COLUMNS,
  SECTIONS,
  STEP_LABELS,
  todayIn,
  type ActionItem,
  type Review,
  type ReviewIncident,
  type SectionRecord,
} from "./model";
import { prefillSections } from "./prefill";
import type { Missing } from "./publish-rules";
import { SECTION_COLUMNS } from "./queries";
import {
  addActionItemSchema,
  editActionItemSchema,
  removeActionItemSchema,
  reviewIdSchema,
  saveSectionSchema,
  sectionSchemas,
  setActionItemStatusSchema,
  startReviewSchema,
} from "./schema";
import { ENTRIES_MAX } from "./timeline";

export interface SectionConflict {
  ok: false;
  message: string;
  conflict: { theirs: SectionRecord; by: string };
}
export interface ActionItemConflict {
  ok: false;
  message: string;
  /** theirs is null when the item was removed meanwhile. */
  conflict: { theirs: ActionItem | null; by: string };
}
export interface NotReadyToPublish {
  ok: false;
  message: string;
  missing: Missing[];
}

const GONE = "This review no longer exists; its incident may have been deleted.";

async function nameOf(db: SupabaseClient, id: string | null): Promise<string> {
  if (!id) return "someone";
  const { data } = await db.from("people").select("name").eq("id", id).maybeSingle();
  return (data as { name: string } | null)?.name ?? "someone";
}

export const startReview = action({ schema: startReviewSchema }, async ({ incident_id }, { db, person }) => {
  const incidentRead = await db.from("incidents").select(REVIEW_INCIDENT_COLUMNS).eq("id", incident_id).maybeSingle();
  if (incidentRead.error) return reviewDbError(incidentRead.error);
  const incident = incidentRead.data as unknown as ReviewIncident | null;
  if (!incident) return { ok: false, message: "This incident no longer exists; it may have been deleted." };
  const existing = await db.from("reviews").select("id").eq("incident_id", incident_id).maybeSingle();
  if (existing.error) return reviewDbError(existing.error);
  if (existing.data) return { ok: true, data: { review_id: (existing.data as { id: string }).id, incident_number: incident.number } };
  if (incident.status !== "resolved") return { ok: false, message: "Resolve the incident before starting its review." };

  const [events, commander] = await Promise.all([
    // Pins first, then the earliest notes: what fits on the timeline (prefillTimeline keeps the same).
    db
      .from("incident_events")
      .select("id,at,kind,data,body,pinned,deleted_at")
      .eq("incident_id", incident_id)
      .is("deleted_at", null)
      .or("pinned.is.true,kind.eq.note")
      .order("pinned", { ascending: false })
      .order("at")
      .order("id")
      .limit(ENTRIES_MAX),
    incident.commander_id
      ? db.from("people").select("time_zone").eq("id", incident.commander_id).maybeSingle()
      : Promise.resolve({ data: null, error: null }),
  ]);
  if (events.error) return reviewDbError(events.error);
  // The incident's zone: its commander's, else the starter's.
  const zone = (commander.data as { time_zone: string } | null)?.time_zone ?? person.time_zone;
  const prefill = prefillSections(incident, events.data as Parameters<typeof prefillSections>[1], zone);
  // Through the same schemas a save uses, so the database's shape check sees exactly a saved section.
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, sectionSchemas[s].parse(prefill[s])]));

  const { data, error } = await db.rpc("start_review", { incident_id, sections });
  if (error) return reviewDbError(error);
  // The incident leaves /reviews' "waiting for a review" list (seen again on Back).
  revalidatePath("/reviews");
  return { ok: true, data: { review_id: data as string, incident_number: incident.number } };
});

export type SaveSectionResult = ActionResult<SectionRecord> | SectionConflict;

export const saveSection = action({ schema: saveSectionSchema }, async (input, { db }): Promise<SaveSectionResult> => {
  const { data, error } = await db
    .from("review_sections")
    .update({ content: input.content })
    .eq("review_id", input.review_id)
    .eq("section", input.section)
    .eq("version", input.version)
    .select(SECTION_COLUMNS);
  if (error) return reviewDbError(error);
  if (data.length === 1) return { ok: true, data: data[0] as SectionRecord };
  // No row: someone saved this section first, or the review is gone or published.
  const current = await db
    .from("review_sections")
    .select(`${SECTION_COLUMNS},review:reviews(state)`)
    .eq("review_id", input.review_id)
    .eq("section", input.section)
    .maybeSingle();
  if (current.error) return reviewDbError(current.error);
  if (!current.data) return { ok: false, message: GONE };
  const { review, ...theirs } = current.data as unknown as SectionRecord & { review: { state: Review["state"] } | null };
  if (review?.state === "published") return { ok: false, message: PUBLISHED_MESSAGE };
  const by = await nameOf(db, theirs.updated_by);
  return {
    ok: false,
    message: `${by} changed ${STEP_LABELS[input.section]} while you were typing. Compare their version with yours and save again — what you typed is still here.`,
    conflict: { theirs, by },
  };
}) as (raw: z.input<typeof saveSectionSchema>) => Promise<SaveSectionResult>;

export const addActionItem = action({ schema: addActionItemSchema }, async (input, { db, person }) => {
  let due = input.due_date;
  if (due === undefined) {
    const { data, error } = await db.from("reviews").select("incident:incidents(severity)").eq("id", input.review_id).maybeSingle();
    if (error) return reviewDbError(error);
    const severity = (data as { incident: { severity: string } | null } | null)?.incident?.severity;
    if (!severity) return { ok: false, message: GONE };
    due = defaultDueDate(severity, todayIn(person.time_zone));
  }
  const { data, error } = await db
    .from("review_action_items")
    .insert({ ...input, due_date: due })
    .select(ACTION_ITEM_COLUMNS)
    .single();
  if (error) return reviewDbError(error);
  return { ok: true, data: data as unknown as ActionItem };
});

async function itemConflict(db: SupabaseClient, id: string): Promise<ActionResult<never> | ActionItemConflict> {
  const current = await db
    .from("review_action_items")
    .select(`${ACTION_ITEM_COLUMNS},review:reviews(state)`)
    .eq("id", id)
    .maybeSingle();
  if (current.error) return reviewDbError(current.error);
  if (!current.data) {
    return { ok: false, message: "Someone removed this action item meanwhile.", conflict: { theirs: null, by: "someone" } };
  }
  const { review, ...theirs } = current.data as unknown as ActionItem & { review: { state: Review["state"] } | null };
  if (review?.state === "published") return { ok: false, message: PUBLISHED_MESSAGE };
  const by = await nameOf(db, theirs.updated_by);
  return {
    ok: false,
    message: `${by} changed this action item since you opened it. Compare and save again — what you typed is still here.`,
    conflict: { theirs, by },
  };
}

export type EditActionItemResult = ActionResult<ActionItem> | ActionItemConflict;

export const editActionItem = action({ schema: editActionItemSchema }, async (input, { db }): Promise<EditActionItemResult> => {
  const { data, error } = await db
    .from("review_action_items")
    .update(input.changes)
    .eq("id", input.id)
    .eq("version", input.version)
    .select(ACTION_ITEM_COLUMNS);
  if (error) return reviewDbError(error);
  if (data.length === 1) return { ok: true, data: data[0] as unknown as ActionItem };
  return itemConflict(db, input.id);
}) as (raw: z.input<typeof editActionItemSchema>) => Promise<EditActionItemResult>;

/** Status alone, last word wins: a one-click change, allowed after publishing too. */
// No revalidatePath here: it would re-render the page the change was made on, and on the action
// items page a row set to done would vanish from "still to do" under the keyboard using it.
export const setActionItemStatus = action({ schema: setActionItemStatusSchema }, async (input, { db }) => {
  const { data, error } = await db
    .from("review_action_items")
    .update({ status: input.status })
    .eq("id", input.id)
    .select(ACTION_ITEM_COLUMNS);
  if (error) return reviewDbError(error);
  if (data.length !== 1) return { ok: false, message: "Someone removed this action item meanwhile." };
  return { ok: true, data: data[0] as unknown as ActionItem };
});

export type RemoveActionItemResult = ActionResult<void> | ActionItemConflict;

export const removeActionItem = action({ schema: removeActionItemSchema }, async (input, { db }): Promise<RemoveActionItemResult> => {
  const { data, error } = await db
    .from("review_action_items")
    .delete()
    .eq("id", input.id)
    .eq("version", input.version)
    .select("id");
  if (error) return reviewDbError(error);
  if (data.length === 1) return { ok: true, data: undefined };
  const conflict = await itemConflict(db, input.id);
  // Already gone is what was asked for.
  if ("conflict" in conflict && conflict.conflict.theirs === null) return { ok: true, data: undefined };
  return conflict;
}) as (raw: z.input<typeof removeActionItemSchema>) => Promise<RemoveActionItemResult>;

async function move(db: SupabaseClient, fn: "submit_review" | "return_review_to_draft", reviewId: string): Promise<ActionResult<Review>> {
  const { data, error } = await db.rpc(fn, { review_id: reviewId }).select(REVIEW_COLUMNS).single();
  if (error) return reviewDbError(error);
  return { ok: true, data: data as unknown as Review };
}

export const submitReview = action({ schema: reviewIdSchema }, async ({ review_id }, { db }) => move(db, "submit_review", review_id));

export const returnReviewToDraft = action({ schema: reviewIdSchema }, async ({ review_id }, { db }) =>
  move(db, "return_review_to_draft", review_id),
);

export type PublishResult = ActionResult<Review> | NotReadyToPublish;

export const publishReview = action({ schema: reviewIdSchema }, async ({ review_id }, { db }): Promise<PublishResult> => {
  const { data, error } = await db.rpc("publish_review", { review_id }).select(REVIEW_COLUMNS).single();
  if (error) {
    const missing = missingFromError(error);
    if (missing) return { ok: false, message: "This review is not ready to publish yet.", missing };
    return reviewDbError(error);
  }
  return { ok: true, data: data as unknown as Review };
}) as (raw: z.input<typeof reviewIdSchema>) => Promise<PublishResult>;
