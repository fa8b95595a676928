import "server-only";
// Reads for the review pages, as the signed-in person (dbAs): RLS decides what is seen.
//
// For the UI (server components / route handlers; pass `await dbAs(person)`):
//   getReviewPage(db, incidentNumber)        → { incident, review | null } | null (no such incident)
//   listReviews(db, { state? })              → ReviewListItem[] (state, open items, next due date)
//   listIncidentsAwaitingReview(db)          → resolved incidents with no review yet, latest first
//   listActionItems(db, filters, today)      → ActionItemListItem[], overdue first (today: YYYY-MM-DD
//                                              in the viewer's zone, e.g. todayIn(person.time_zone))
//   getSectionVersions(db, reviewId)         → each section's version and last editor, to poll and
//                                              tell "Priya changed this section" before a save conflicts
//   listReviewEvents(db, reviewId)           → the review's history (started, submitted, published…)
// Publishing rules and durations are pure: missingForPublish / computeDurations on what these return.
import type { SupabaseClient } from "@supabase/supabase-js";
import {
  ACTION_ITEM_COLUMNS,
  emptySection,
  REVIEW_COLUMNS,
  REVIEW_INCIDENT_COLUMNS,
  SECTIONS,
  type ActionItem,
  type ActionStatus,
  type ReviewDocument,
  type ReviewIncident,
  type ReviewState,
  type Section,
  type SectionRecord,
} from "./model";
import type { ActionItemFilters } from "./schema";

function fail(what: string, error: { code?: string; message: string }): never {
  throw new Error(`${what}: ${error.code ?? ""} ${error.message}`);
}

export const SECTION_COLUMNS = "section,content,version,updated_at,updated_by";

const byCreation = (a: ActionItem, b: ActionItem) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);

interface ReviewRow {
  sections: SectionRecord[];
  action_items: ActionItem[];
}

/** Rows as PostgREST returns them → a ReviewDocument: every section present, items in the order added. */
export function toReviewDocument(row: Omit<ReviewDocument, "sections" | "action_items"> & ReviewRow): ReviewDocument {
  const { sections, action_items, ...review } = row;
  const bySection = new Map(sections.map((s) => [s.section, s]));
  const all = Object.fromEntries(
    SECTIONS.map((s) => {
      const saved = bySection.get(s);
      // start_review creates all six; a blank stands in only if a row was somehow never made.
      const record: SectionRecord = saved
        ? { ...saved, content: { ...emptySection(s), ...saved.content } as never }
        : { section: s, content: emptySection(s), version: 1, updated_at: review.created_at, updated_by: null };
      return [s, record];
    }),
  ) as ReviewDocument["sections"];
  return { ...review, sections: all, action_items: [...action_items].sort(byCreation) };
}

export interface ReviewPage {
  incident: ReviewIncident;
  review: ReviewDocument | null;
}

/** The incident and its review (null until started), in one round trip; null for no such incident. */
export async function getReviewPage(db: SupabaseClient, incidentNumber: number): Promise<ReviewPage | null> {
  const { data, error } = await db
    .from("incidents")
    .select(
      `${REVIEW_INCIDENT_COLUMNS},review:reviews(${REVIEW_COLUMNS},` +
        `sections:review_sections(${SECTION_COLUMNS}),action_items:review_action_items(${ACTION_ITEM_COLUMNS}))`,
    )
    .eq("number", incidentNumber)
    .maybeSingle();
  if (error) fail("getReviewPage", error);
  if (!data) return null;
  const { review, ...incident } = data as unknown as ReviewIncident & {
    review: (Omit<ReviewDocument, "sections" | "action_items"> & ReviewRow) | null;
  };
  return { incident, review: review ? toReviewDocument(review) : null };
}

export interface ReviewListItem {
  id: string;
  incident_id: string;
  incident_number: number;
  incident_title: string;
  severity: string;
  drill: boolean;
  service_ids: string[];
  state: ReviewState;
  created_at: string;
  created_by: string | null;
  submitted_at: string | null;
  published_at: string | null;
  published_by: string | null;
  /** The last save of any section. */
  updated_at: string | null;
  total_items: number;
  /** Open or in progress. */
  open_items: number;
  /** The earliest due date among open items (overdue when before today). */
  next_due_date: string | null;
}
const REVIEW_LIST_COLUMNS =
  "id,incident_id,incident_number,incident_title,severity,drill,service_ids,state,created_at,created_by,submitted_at," +
  "published_at,published_by,updated_at,total_items,open_items,next_due_date";

/** Every review, drafts and reviews in progress first, then by incident, newest first. */
export async function listReviews(db: SupabaseClient, filters: { state?: ReviewState } = {}): Promise<ReviewListItem[]> {
  let q = db.from("review_summaries").select(REVIEW_LIST_COLUMNS);
  if (filters.state) q = q.eq("state", filters.state);
  const { data, error } = await q.order("published_at", { ascending: false, nullsFirst: true }).order("incident_number", { ascending: false }).limit(500);
  if (error) fail("listReviews", error);
  return data as unknown as ReviewListItem[];
}

export interface AwaitingReview {
  id: string;
  number: number;
  title: string;
  severity: string;
  drill: boolean;
  resolved_at: string;
}

/** Resolved incidents nobody has started a review for, most recently resolved first. */
export async function listIncidentsAwaitingReview(db: SupabaseClient, limit = 50): Promise<AwaitingReview[]> {
  const { data, error } = await db
    .from("incidents")
    .select("id,number,title,severity,drill,resolved_at,reviews(id)")
    .eq("status", "resolved")
    .is("reviews", null)
    .order("resolved_at", { ascending: false })
    .limit(limit);
  if (error) fail("listIncidentsAwaitingReview", error);
  return (data as unknown as (AwaitingReview & { reviews: unknown })[]).map(({ reviews: _, ...i }) => i);
}

export interface ActionItemListItem {
  id: string;
  review_id: string;
  title: string;
  owner_id: string | null;
  due_date: string | null;
  priority: ActionItem["priority"];
  type: ActionItem["type"];
  status: ActionStatus;
  tracker_url: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  incident_id: string;
  incident_number: number;
  incident_title: string;
  severity: string;
  drill: boolean;
  service_ids: string[];
  review_state: ReviewState;
  /** Unfinished and due before `today`. */
  overdue: boolean;
}

/** Action items across incidents (public.list_action_items): overdue first, then by due date. */
export async function listActionItems(
  db: SupabaseClient,
  filters: ActionItemFilters,
  today: string,
  maxRows = 200,
): Promise<ActionItemListItem[]> {
  const { data, error } = await db.rpc("list_action_items", {
    owner: filters.owner ?? null,
    statuses: filters.status?.length ? filters.status : null,
    service: filters.service ?? null,
    today,
    max_rows: maxRows,
  });
  if (error) fail("listActionItems", error);
  return data as ActionItemListItem[];
}

export type SectionVersion = Pick<SectionRecord, "section" | "version" | "updated_at" | "updated_by">;

export async function getSectionVersions(db: SupabaseClient, reviewId: string): Promise<Record<Section, SectionVersion>> {
  const { data, error } = await db
    .from("review_sections")
    .select("section,version,updated_at,updated_by")
    .eq("review_id", reviewId);
  if (error) fail("getSectionVersions", error);
  return Object.fromEntries((data as SectionVersion[]).map((s) => [s.section, s])) as Record<Section, SectionVersion>;
}

export interface ReviewEvent {
  id: number;
  at: string;
  actor_id: string | null;
  kind: "started" | "submitted" | "returned_to_draft" | "published" | "action_item_added" | "action_item_removed" | "action_item_status";
  data: Record<string, unknown>;
}

export async function listReviewEvents(db: SupabaseClient, reviewId: string): Promise<ReviewEvent[]> {
  const { data, error } = await db
    .from("review_events")
    .select("id,at,actor_id,kind,data")
    .eq("review_id", reviewId)
    .order("at")
    .order("id");
  if (error) fail("listReviewEvents", error);
  return data as ReviewEvent[];
}
