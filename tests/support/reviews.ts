// Review helpers for integration tests: arrange through PostgREST as a real person (so triggers
// see who), read back as superuser (so assertions see what is really stored).
import { expect } from "vitest";
import type { Section, SectionContents } from "../../lib/reviews/model.ts";
import { admin, declareIncident, rest, type ApiIncident, type TestPerson } from "./db";

/** An incident declared and resolved by `who`. */
export async function resolvedIncident(who: TestPerson, fields: Record<string, unknown> = {}): Promise<ApiIncident> {
  const incident = await declareIncident(who, fields);
  const r = await rest(`incidents?id=eq.${incident.id}`, { token: who.token, method: "PATCH", body: { status: "resolved" } });
  expect(r.status).toBe(204);
  return incident;
}

/** start_review as `who`; fails the test unless it answers with a review id. */
export async function startReview(who: TestPerson, incidentId: string, sections: Partial<SectionContents> = {}): Promise<string> {
  const r = await rest<string>("rpc/start_review", { token: who.token, method: "POST", body: { incident_id: incidentId, sections } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

export interface SectionRow {
  section: Section;
  content: Record<string, unknown>;
  version: number;
  updated_by: string | null;
}

/** A section save as the app makes it: PATCH naming the version it was typed against. */
export function saveSection(who: { token: string }, reviewId: string, section: Section, version: number, content: unknown) {
  return rest<SectionRow[]>(`review_sections?review_id=eq.${reviewId}&section=eq.${section}&version=eq.${version}&select=section,content,version,updated_by`, {
    token: who.token,
    method: "PATCH",
    body: { content },
    prefer: "return=representation",
  });
}

export async function sectionRow(reviewId: string, section: Section): Promise<SectionRow> {
  const { rows } = await admin().query<SectionRow>(
    "select section, content, version, updated_by from public.review_sections where review_id = $1 and section = $2",
    [reviewId, section],
  );
  return rows[0];
}

export async function reviewRow(reviewId: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await admin().query("select * from public.reviews where id = $1", [reviewId]);
  return rows[0];
}

export interface ItemRow {
  id: string;
  title: string;
  owner_id: string | null;
  due_date: string | null;
  status: string;
  tracker_url: string | null;
  version: number;
}
const ITEM_SELECT = "id,title,owner_id,due_date,status,tracker_url,version";

export function addItem(who: { token: string }, reviewId: string, fields: Record<string, unknown> = {}) {
  return rest<ItemRow[]>(`review_action_items?select=${ITEM_SELECT}`, {
    token: who.token,
    method: "POST",
    body: { review_id: reviewId, title: "Alert when /api/health is 503 for 2 minutes", ...fields },
    prefer: "return=representation",
  });
}

export function patchItem(who: { token: string }, id: string, body: Record<string, unknown>) {
  return rest<ItemRow[]>(`review_action_items?id=eq.${id}&select=${ITEM_SELECT}`, {
    token: who.token,
    method: "PATCH",
    body,
    prefer: "return=representation",
  });
}

export async function itemRows(reviewId: string): Promise<ItemRow[]> {
  const { rows } = await admin().query<ItemRow>(
    `select id, title, owner_id, to_char(due_date, 'YYYY-MM-DD') as due_date, status, tracker_url, version
     from public.review_action_items where review_id = $1 order by created_at, id`,
    [reviewId],
  );
  return rows;
}

export const rpc = <T = unknown>(who: { token: string } | null, fn: string, body: Record<string, unknown>) =>
  rest<T>(`rpc/${fn}`, { token: who?.token ?? null, method: "POST", body });

/**
 * A review of a new resolved incident of `severity`, every section complete and one owned, dated
 * item, moved to in_review: one publish away from published.
 */
export async function readyReview(who: TestPerson, severity: string, sections: SectionContents) {
  const incident = await resolvedIncident(who, { severity });
  const reviewId = await startReview(who, incident.id, sections);
  const item = await addItem(who, reviewId, { owner_id: who.id, due_date: "2027-01-15" });
  expect(item.status).toBe(201);
  expect((await rpc(who, "submit_review", { review_id: reviewId })).status).toBe(200);
  return { incident, reviewId, itemId: item.body[0].id };
}
