// The server-side reads the review pages use (lib/reviews/queries.ts), run as the app runs them:
// supabase-js's PostgREST client with a person's token. Checks the shapes the UI relies on — the
// one-round-trip review page, the lists — and that the markdown export of a real review carries
// every section. Plus the demo data: INC-4 has a published review, the drill INC-3 none.
import { PostgrestClient } from "@supabase/postgrest-js";
import type { SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { reviewToMarkdown } from "../../lib/reviews/export.ts";
import { SECTIONS, STEP_LABELS } from "../../lib/reviews/model.ts";
import { missingForPublish } from "../../lib/reviews/publish-rules.ts";
import {
  getReviewPage,
  getSectionVersions,
  listActionItems,
  listIncidentsAwaitingReview,
  listReviewEvents,
  listReviews,
} from "../../lib/reviews/queries.ts";
import { completeSections } from "../../lib/reviews/test-fixtures.ts";
import { createPerson, declareIncident, stack, type TestPerson } from "../support/db";
import { addItem, resolvedIncident, rpc, saveSection, startReview } from "../support/reviews";

let me: TestPerson;
let db: SupabaseClient;
beforeAll(async () => {
  me = await createPerson("lead");
  // The queries use only .from and .rpc: supabase-js's PostgREST client, without the realtime
  // client a full createClient would start (it needs a WebSocket Node 20 lacks).
  const rest = new PostgrestClient(`${stack().SUPABASE_URL}/rest/v1`, {
    headers: { apikey: stack().SUPABASE_ANON_KEY, authorization: `Bearer ${me.token}` },
  });
  db = rest as unknown as SupabaseClient;
});

describe("the review page", () => {
  it("an incident without a review: the incident, review null; no such incident: null", async () => {
    const incident = await resolvedIncident(me);
    const page = await getReviewPage(db, Number(incident.number));
    expect(page).toEqual({ incident: expect.objectContaining({ id: incident.id, status: "resolved", version: expect.any(Number) }), review: null });
    expect(await getReviewPage(db, 987_654_321)).toBeNull();
  });

  it("a started review: every section with its version, items in the order added, ready for the pure rules and the export", async () => {
    const incident = await resolvedIncident(me, { severity: "P1", title: "Checkout | 502s" });
    const full = completeSections("P1");
    const reviewId = await startReview(me, incident.id, { timeline: full.timeline });
    await saveSection(me, reviewId, "summary", 1, full.summary);
    for (const title of ["First item", "Second item"]) await addItem(me, reviewId, { title, owner_id: me.id, due_date: "2027-01-10" });

    const page = (await getReviewPage(db, Number(incident.number)))!;
    const review = page.review!;
    expect(review).toMatchObject({ id: reviewId, incident_id: incident.id, state: "draft", created_by: me.id });
    expect(Object.keys(review.sections)).toEqual([...SECTIONS]);
    expect(review.sections.summary).toEqual({ section: "summary", content: full.summary, version: 2, updated_at: expect.any(String), updated_by: me.id });
    expect(review.sections.timeline.content).toEqual(full.timeline);
    expect(review.action_items.map((a) => a.title)).toEqual(["First item", "Second item"]);

    const missing = missingForPublish({
      severity: page.incident.severity,
      incidentResolved: page.incident.status === "resolved",
      sections: Object.fromEntries(SECTIONS.map((s) => [s, review.sections[s].content])) as never,
      actionItems: review.action_items,
    });
    expect((await rpc(me, "review_missing", { review_id: reviewId })).body).toEqual(missing);

    const md = reviewToMarkdown({ incident: page.incident, review, names: { person: () => "Lead", service: () => "API" } });
    for (const s of SECTIONS) expect(md).toContain(`## ${STEP_LABELS[s]}`);
    expect(md).toContain(full.summary.text);
    expect(md).toContain("| First item | Lead | 2027-01-10 |");
  });

  it("section versions and the review's history, for polling and the history panel", async () => {
    const incident = await resolvedIncident(me);
    const reviewId = await startReview(me, incident.id);
    await saveSection(me, reviewId, "impact", 1, completeSections("P2").impact);
    const versions = await getSectionVersions(db, reviewId);
    expect(versions.impact).toEqual({ section: "impact", version: 2, updated_at: expect.any(String), updated_by: me.id });
    expect(versions.summary.version).toBe(1);
    expect((await listReviewEvents(db, reviewId)).map((e) => [e.kind, e.actor_id])).toEqual([["started", me.id]]);
  });
});

describe("the lists", () => {
  it("reviews with state and open items; resolved incidents awaiting one", async () => {
    const awaited = await resolvedIncident(me);
    const open = await declareIncident(me);
    const reviewed = await resolvedIncident(me);
    const reviewId = await startReview(me, reviewed.id);
    await addItem(me, reviewId, { owner_id: me.id });

    const reviews = await listReviews(db);
    expect(reviews.find((r) => r.id === reviewId)).toMatchObject({
      incident_number: Number(reviewed.number),
      state: "draft",
      open_items: 1,
      total_items: 1,
    });
    expect((await listReviews(db, { state: "published" })).every((r) => r.state === "published")).toBe(true);

    const waiting = (await listIncidentsAwaitingReview(db, 1000)).map((i) => i.id);
    expect(waiting).toContain(awaited.id);
    expect(waiting).not.toContain(open.id);
    expect(waiting).not.toContain(reviewed.id);
  });

  it("action items for an owner, with their incident", async () => {
    const owner = await createPerson("responder");
    const incident = await resolvedIncident(me);
    const reviewId = await startReview(me, incident.id);
    await addItem(me, reviewId, { title: "Owned", owner_id: owner.id, due_date: "2026-01-01" });
    const items = await listActionItems(db, { owner: owner.id }, "2026-11-23");
    expect(items).toEqual([expect.objectContaining({ title: "Owned", overdue: true, incident_number: Number(incident.number), review_state: "draft" })]);
    expect(await listActionItems(db, { owner: owner.id, status: ["done"] }, "2026-11-23")).toEqual([]);
  });
});

describe("demo data", () => {
  it("INC-4 has a published review with two action items; the drill INC-3 is waiting for one", async () => {
    const four = (await getReviewPage(db, 4))!;
    expect(four.review).toMatchObject({ state: "published", created_by: "demo-emma", published_by: "demo-emma" });
    expect(four.review!.action_items.map((a) => [a.owner_id, a.status])).toEqual([
      ["demo-emma", "open"],
      ["demo-diego", "done"],
    ]);
    const three = (await getReviewPage(db, 3))!;
    expect(three).toMatchObject({ incident: { drill: true, status: "resolved" }, review: null });
  });
});
