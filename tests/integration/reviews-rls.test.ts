// Post-incident reviews through PostgREST, as an attacker with the anon key or a signed-in person of
// each role would call them: who reads, starts, writes and publishes what; which rows nobody writes
// directly; and that a published review stays as published (only action item status moves).
import { beforeAll, describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import { emptySection, SECTIONS } from "../../lib/reviews/model.ts";
import { completeSections } from "../../lib/reviews/test-fixtures.ts";
import { admin, createPerson, declareIncident, rest, type TestPerson } from "../support/db";
import {
  addItem,
  itemRows,
  patchItem,
  readyReview,
  resolvedIncident,
  reviewRow,
  rpc,
  saveSection,
  sectionRow,
  startReview,
} from "../support/reviews";

const ROLES: AppRole[] = ["responder", "lead", "admin"];
const TABLES = ["reviews", "review_sections", "review_section_revisions", "review_events", "review_action_items", "review_summaries"] as const;
const FUNCTIONS = [
  ["start_review", () => ({ incident_id: shared.incidentId })],
  ["submit_review", () => ({ review_id: shared.reviewId })],
  ["return_review_to_draft", () => ({ review_id: shared.reviewId })],
  ["publish_review", () => ({ review_id: shared.reviewId })],
  ["review_missing", () => ({ review_id: shared.reviewId })],
  ["list_action_items", () => ({})],
] as const;

const denied = (status: number, what: string) => ({
  status,
  body: { code: "42501", details: null, hint: null, message: `permission denied for ${what}` },
});
const PUBLISHED = {
  status: 403,
  body: { code: "42501", details: null, hint: null, message: "this review is published: only action item status can change" },
};

const people = {} as Record<AppRole, TestPerson>;
let shared: { incidentId: string; reviewId: string; itemId: string };
beforeAll(async () => {
  [people.responder, people.lead, people.admin] = await Promise.all(ROLES.map((r) => createPerson(r)));
  const incident = await resolvedIncident(people.responder, { severity: "P2" });
  const reviewId = await startReview(people.responder, incident.id, { summary: { text: "Shared summary" } });
  const item = await addItem(people.responder, reviewId, { owner_id: people.lead.id });
  expect(item.status).toBe(201);
  shared = { incidentId: incident.id, reviewId, itemId: item.body[0].id };
});

/** What exists for one incident: no review means no sections, items or events either. */
const reviewsOf = async (incidentId: string) =>
  (await admin().query<{ n: number }>("select count(*)::int n from public.reviews where incident_id = $1", [incidentId])).rows[0].n;

describe("reviews rights: without a token", () => {
  it.each(TABLES)("nobody reads %s (401, 42501 permission denied)", async (table) => {
    expect(await rest(`${table}?select=*`, { token: null })).toEqual(denied(401, `${table === "review_summaries" ? "view" : "table"} ${table}`));
  });

  it.each(FUNCTIONS)("nobody calls %s (401, 42501 permission denied for function)", async (fn, args) => {
    const before = await reviewRow(shared.reviewId);
    expect(await rpc(null, fn, args())).toEqual(denied(401, `function ${fn}`));
    expect(await reviewRow(shared.reviewId)).toEqual(before);
  });

  it("nobody writes a section, an action item or a review (401); nothing changes", async () => {
    const section = await sectionRow(shared.reviewId, "summary");
    const items = await itemRows(shared.reviewId);
    expect(await saveSection({ token: "" }, shared.reviewId, "summary", section.version, { text: "anon" })).toEqual(denied(401, "table review_sections"));
    expect(await rest("review_action_items", { token: null, method: "POST", body: { review_id: shared.reviewId, title: "anon" } })).toEqual(
      denied(401, "table review_action_items"),
    );
    expect(await rest(`review_action_items?id=eq.${shared.itemId}`, { token: null, method: "PATCH", body: { status: "done" } })).toEqual(
      denied(401, "table review_action_items"),
    );
    expect(await rest(`review_action_items?id=eq.${shared.itemId}`, { token: null, method: "DELETE" })).toEqual(denied(401, "table review_action_items"));
    expect(await rest(`reviews?id=eq.${shared.reviewId}`, { token: null, method: "PATCH", body: { state: "published" } })).toEqual(denied(401, "table reviews"));
    expect(await sectionRow(shared.reviewId, "summary")).toEqual(section);
    expect(await itemRows(shared.reviewId)).toEqual(items);
  });
});

describe("reviews rights: reading", () => {
  it.each(ROLES)("a signed-in %s reads the review, its sections, items, history and the lists", async (role) => {
    const me = people[role];
    const { reviewId, itemId, incidentId } = shared;
    expect(await rest(`reviews?id=eq.${reviewId}&select=id,state,created_by`, { token: me.token })).toEqual({
      status: 200,
      body: [{ id: reviewId, state: "draft", created_by: people.responder.id }],
    });
    const sections = await rest<{ section: string }[]>(`review_sections?review_id=eq.${reviewId}&select=section&order=section`, { token: me.token });
    expect(sections.body.map((s) => s.section)).toEqual([...SECTIONS].sort());
    expect((await rest(`review_action_items?review_id=eq.${reviewId}&select=id`, { token: me.token })).body).toEqual([{ id: itemId }]);
    const events = await rest<{ kind: string }[]>(`review_events?review_id=eq.${reviewId}&select=kind&order=id`, { token: me.token });
    expect(events.body.map((e) => e.kind)).toEqual(["started", "action_item_added"]);
    expect((await rest(`review_section_revisions?review_id=eq.${reviewId}&select=id`, { token: me.token })).status).toBe(200);
    expect((await rest(`review_summaries?id=eq.${reviewId}&select=incident_id,open_items`, { token: me.token })).body).toEqual([
      { incident_id: incidentId, open_items: 1 },
    ]);
    const items = await rpc<{ id: string }[]>(me, "list_action_items", { owner: people.lead.id });
    expect(items.body.map((i) => i.id)).toEqual([itemId]);
  });
});

describe("reviews rights: starting", () => {
  it.each(ROLES)("a %s starts the review of a resolved incident: a draft by them, six sections, pre-fill kept", async (role) => {
    const me = people[role];
    const incident = await resolvedIncident(me);
    const timeline = { time_zone: "Asia/Kolkata", entries: [] };
    const id = await startReview(me, incident.id, { timeline });
    expect(await reviewRow(id)).toMatchObject({ incident_id: incident.id, state: "draft", created_by: me.id, published_at: null });
    for (const s of SECTIONS) {
      expect(await sectionRow(id, s)).toEqual({
        section: s,
        content: s === "timeline" ? timeline : emptySection(s),
        version: 1,
        updated_by: me.id,
      });
    }
  });

  it("starting again, by anyone, returns the same review and changes nothing (one review per incident)", async () => {
    const incident = await resolvedIncident(people.responder);
    const id = await startReview(people.responder, incident.id, { summary: { text: "First" } });
    const again = await startReview(people.lead, incident.id, { summary: { text: "Second" } });
    expect(again).toBe(id);
    expect((await sectionRow(id, "summary")).content).toEqual({ text: "First" });
    expect((await admin().query("select count(*)::int n from public.reviews where incident_id = $1", [incident.id])).rows[0].n).toBe(1);
  });

  it.each(["investigating", "identified", "monitoring"])("an incident still %s cannot be reviewed (400, 23514); nothing is created", async (status) => {
    const incident = await declareIncident(people.responder);
    if (status !== "investigating") {
      expect((await rest(`incidents?id=eq.${incident.id}`, { token: people.responder.token, method: "PATCH", body: { status } })).status).toBe(204);
    }
    const r = await rpc(people.responder, "start_review", { incident_id: incident.id });
    expect(r).toEqual({
      status: 400,
      body: { code: "23514", details: null, hint: "Resolve the incident first.", message: "only a resolved incident can be reviewed" },
    });
    expect(await reviewsOf(incident.id)).toBe(0);
  });

  it("an unknown incident: 404 (P0002)", async () => {
    const r = await rpc(people.responder, "start_review", { incident_id: "00000000-0000-4000-8000-000000000000" });
    expect(r).toMatchObject({ status: 404, body: { code: "P0002", message: "no such incident" } });
  });

  it.each([
    ["a section that does not exist", { appendix: {} }, "22023"],
    ["a section of the wrong shape", { summary: { text: 5 } }, "23514"],
    ["a section with a key too many", { summary: { text: "", extra: true } }, "23514"],
  ])("pre-fill with %s is refused (400, %s); no review is left behind", async (_name, sections, code) => {
    const incident = await resolvedIncident(people.responder);
    const r = await rpc(people.responder, "start_review", { incident_id: incident.id, sections });
    expect(r).toMatchObject({ status: 400, body: { code } });
    expect(await reviewsOf(incident.id)).toBe(0);
  });

  it("nobody inserts reviews or sections directly, nor moves a review's state by hand (403, column or table not granted)", async () => {
    const incident = await resolvedIncident(people.admin);
    expect(await rest("reviews", { token: people.admin.token, method: "POST", body: { incident_id: incident.id } })).toEqual(denied(403, "table reviews"));
    expect(
      await rest("review_sections", { token: people.admin.token, method: "POST", body: { review_id: shared.reviewId, section: "summary", content: { text: "" } } }),
    ).toEqual(denied(403, "table review_sections"));
    expect(await rest(`reviews?id=eq.${shared.reviewId}`, { token: people.admin.token, method: "PATCH", body: { state: "published" } })).toEqual(
      denied(403, "table reviews"),
    );
    expect(await rest(`reviews?id=eq.${shared.reviewId}`, { token: people.admin.token, method: "DELETE" })).toEqual(denied(403, "table reviews"));
    expect(await reviewRow(shared.reviewId)).toMatchObject({ state: "draft" });
  });
});

describe("reviews rights: writing sections", () => {
  it.each(ROLES)("a %s saves a section: new content, version + 1, updated_by them", async (role) => {
    const me = people[role];
    const { reviewId } = shared;
    const before = await sectionRow(reviewId, "lessons");
    const content = { ...emptySection("lessons"), went_well: `Written by a ${role}` };
    const r = await saveSection(me, reviewId, "lessons", before.version, content);
    expect(r).toEqual({ status: 200, body: [{ section: "lessons", content, version: before.version + 1, updated_by: me.id }] });
  });

  it("saving the same content again is not a new version", async () => {
    const { reviewId } = shared;
    const before = await sectionRow(reviewId, "root_cause");
    const r = await saveSection(people.lead, reviewId, "root_cause", before.version, before.content);
    expect(r.body).toEqual([before]);
  });

  it("the version, author, section and review of a section are not anyone's to set (403, column not granted)", async () => {
    const { reviewId } = shared;
    const before = await sectionRow(reviewId, "summary");
    for (const body of [{ version: 99 }, { updated_by: people.admin.id }, { section: "lessons" }, { review_id: reviewId }, { updated_at: "2020-01-01T00:00:00Z" }]) {
      const r = await rest(`review_sections?review_id=eq.${reviewId}&section=eq.summary`, { token: people.admin.token, method: "PATCH", body });
      expect(r, JSON.stringify(body)).toEqual(denied(403, "table review_sections"));
    }
    expect(await sectionRow(reviewId, "summary")).toEqual(before);
  });

  it.each([
    ["summary", "a number for text", { text: 5 }],
    ["summary", "text too long", { text: "x".repeat(10_001) }],
    ["summary", "a key the app does not know", { text: "", html: "<script>" }],
    ["timeline", "an unknown zone", { time_zone: "Mars/Olympus", entries: [] }],
    ["timeline", "a time that is not one", { time_zone: "UTC", entries: [{ id: "a", at: "yesterday", text: "", key: null, source: "person", event_id: null }] }],
    ["timeline", "an impossible date", { time_zone: "UTC", entries: [{ id: "a", at: "2026-02-30T10:00:00Z", text: "", key: null, source: "person", event_id: null }] }],
    [
      "timeline",
      "the same key time twice",
      {
        time_zone: "UTC",
        entries: [
          { id: "a", at: null, text: "", key: "started_at", source: "person", event_id: null },
          { id: "b", at: null, text: "", key: "started_at", source: "person", event_id: null },
        ],
      },
    ],
    ["impact", "a percentage over 100", { ...emptySection("impact"), affected: { who: "users", kind: "percent", value: 120 } }],
    ["impact", "half a user", { ...emptySection("impact"), affected: { who: "users", kind: "number", value: 0.5 } }],
    ["impact", "an amount that is text", { ...emptySection("impact"), affected: { who: "users", kind: "number", value: "many" } }],
    ["impact", "a severity that is not one", { ...emptySection("impact"), severity_confirmed: "critical" }],
    ["root_cause", "an unknown factor category", { ...emptySection("root_cause"), contributing_factors: [{ id: "f", category: "blame", description: "" }] }],
    ["root_cause", "six whys", { ...emptySection("root_cause"), five_whys: ["1", "2", "3", "4", "5", "6"] }],
    ["action_items", "no_action_needed as text", { no_action_needed: "yes", no_action_reason: "" }],
    ["lessons", "a key missing", { went_well: "", went_wrong: "" }],
  ] as const)("%s with %s is refused (400, 23514 review_sections_content_check); unchanged", async (section, _name, content) => {
    const { reviewId } = shared;
    const before = await sectionRow(reviewId, section);
    const r = await saveSection(people.responder, reviewId, section, before.version, content);
    expect(r).toMatchObject({ status: 400, body: { code: "23514", message: expect.stringContaining("review_sections_content_check") } });
    expect(await sectionRow(reviewId, section)).toEqual(before);
  });

  it("every complete section the app makes is one the database accepts", async () => {
    const incident = await resolvedIncident(people.responder, { severity: "P0" });
    const id = await startReview(people.responder, incident.id);
    for (const s of SECTIONS) {
      const r = await saveSection(people.responder, id, s, 1, completeSections("P0")[s]);
      expect(r.status, s).toBe(200);
      expect(r.body).toHaveLength(1);
    }
  });

  it("history: a save by someone else keeps the version it replaced, with who saved it", async () => {
    const incident = await resolvedIncident(people.responder);
    const id = await startReview(people.responder, incident.id, { summary: { text: "Pre-filled" } });
    await saveSection(people.responder, id, "summary", 1, { text: "Responder's first words" });
    await saveSection(people.responder, id, "summary", 2, { text: "Responder's next words" }); // same person, same sitting: not kept
    await saveSection(people.lead, id, "summary", 3, { text: "Lead's words" });
    const { rows } = await admin().query(
      "select version, content, saved_by from public.review_section_revisions where review_id = $1 and section = 'summary' order by version",
      [id],
    );
    expect(rows).toEqual([
      { version: 1, content: { text: "Pre-filled" }, saved_by: people.responder.id },
      { version: 3, content: { text: "Responder's next words" }, saved_by: people.responder.id },
    ]);
    expect(await rest("review_section_revisions", { token: people.admin.token, method: "POST", body: { review_id: id, section: "summary", version: 9, content: {}, saved_at: new Date().toISOString() } })).toEqual(
      denied(403, "table review_section_revisions"),
    );
  });
});

describe("reviews rights: action items", () => {
  it.each(ROLES)("a %s adds, edits and removes an item; created_by and updated_by are theirs", async (role) => {
    const me = people[role];
    const added = await addItem(me, shared.reviewId, { title: `Item by ${role}`, due_date: "2027-01-01" });
    expect(added).toMatchObject({ status: 201, body: [{ title: `Item by ${role}`, status: "open", version: 1 }] });
    const id = added.body[0].id;
    const edited = await patchItem(me, `${id}&version=eq.1`, { title: `Edited by ${role}`, owner_id: me.id });
    expect(edited.body).toEqual([expect.objectContaining({ title: `Edited by ${role}`, owner_id: me.id, version: 2 })]);
    const { rows } = await admin().query("select created_by, updated_by from public.review_action_items where id = $1", [id]);
    expect(rows[0]).toEqual({ created_by: me.id, updated_by: me.id });
    expect((await rest(`review_action_items?id=eq.${id}`, { token: me.token, method: "DELETE" })).status).toBe(204);
    expect((await admin().query("select 1 from public.review_action_items where id = $1", [id])).rowCount).toBe(0);
  });

  it.each(["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://tracker.example.com/1", "https://", "https://tracker.example.com/a b", "//tracker.example.com/1"])(
    "a tracker link %j is refused (400, 23514); nothing is stored",
    async (url) => {
      const before = await itemRows(shared.reviewId);
      const added = await addItem(people.responder, shared.reviewId, { tracker_url: url });
      expect(added).toMatchObject({ status: 400, body: { code: "23514", message: expect.stringContaining("review_action_items_tracker_url_check") } });
      const edited = await patchItem(people.responder, shared.itemId, { tracker_url: url });
      expect(edited).toMatchObject({ status: 400, body: { code: "23514" } });
      expect(await itemRows(shared.reviewId)).toEqual(before);
    },
  );

  it.each(["https://tracker.example.com/BEACON-12", "http://tracker.internal/issues/7?view=full#c3"])("a tracker link %j is kept", async (url) => {
    const r = await patchItem(people.responder, shared.itemId, { tracker_url: url });
    expect(r.body).toEqual([expect.objectContaining({ tracker_url: url })]);
  });

  it.each([
    ["a blank title", { title: "  " }],
    ["an unknown status", { status: "closed" }],
    ["an unknown type", { type: "blame" }],
    ["an owner who does not exist", { owner_id: "nobody" }],
  ])("%s is refused (400/409); nothing is stored", async (_name, fields) => {
    const before = await itemRows(shared.reviewId);
    const r = await addItem(people.responder, shared.reviewId, fields);
    expect([400, 409]).toContain(r.status);
    expect(await itemRows(shared.reviewId)).toEqual(before);
  });

  it("who made an item, when, its version and its review are not anyone's to set (403, column not granted)", async () => {
    for (const body of [{ created_by: people.admin.id }, { version: 9 }, { closed_at: "2020-01-01T00:00:00Z" }, { id: shared.itemId }]) {
      expect(await addItem(people.admin, shared.reviewId, body), JSON.stringify(body)).toEqual(denied(403, "table review_action_items"));
    }
    expect(await patchItem(people.admin, shared.itemId, { review_id: shared.reviewId })).toEqual(denied(403, "table review_action_items"));
  });

  it("status changes are on the review's history, and closing stamps closed_at", async () => {
    const added = await addItem(people.responder, shared.reviewId, { title: "Track me" });
    const id = added.body[0].id;
    await patchItem(people.lead, id, { status: "done" });
    const { rows } = await admin().query("select closed_at from public.review_action_items where id = $1", [id]);
    expect(rows[0].closed_at).toBeInstanceOf(Date);
    await patchItem(people.lead, id, { status: "in_progress" });
    expect((await admin().query("select closed_at from public.review_action_items where id = $1", [id])).rows[0].closed_at).toBeNull();
    const events = await admin().query("select actor_id, kind, data from public.review_events where data ->> 'id' = $1 order by id", [id]);
    expect(events.rows).toEqual([
      { actor_id: people.responder.id, kind: "action_item_added", data: { id, title: "Track me" } },
      { actor_id: people.lead.id, kind: "action_item_status", data: { id, title: "Track me", from: "open", to: "done" } },
      { actor_id: people.lead.id, kind: "action_item_status", data: { id, title: "Track me", from: "done", to: "in_progress" } },
    ]);
  });
});

describe("a published review is read-only, except action item status", () => {
  let published: { reviewId: string; itemId: string };
  beforeAll(async () => {
    const r = await readyReview(people.responder, "P2", completeSections("P2"));
    const pub = await rpc(people.lead, "publish_review", { review_id: r.reviewId });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    published = r;
  });

  it.each(ROLES)("a %s cannot save any section (403, 42501); content unchanged", async (role) => {
    for (const s of SECTIONS) {
      const before = await sectionRow(published.reviewId, s);
      expect(await saveSection(people[role], published.reviewId, s, before.version, emptySection(s)), s).toEqual(PUBLISHED);
      expect(await sectionRow(published.reviewId, s)).toEqual(before);
    }
  });

  it.each(ROLES)("a %s cannot add, edit or remove items (403, 42501), but can move an item's status", async (role) => {
    const me = people[role];
    const before = await itemRows(published.reviewId);
    expect(await addItem(me, published.reviewId, { title: "Late addition" })).toEqual(PUBLISHED);
    for (const body of [{ title: "Rewritten" }, { owner_id: people.lead.id }, { due_date: "2030-01-01" }, { tracker_url: "https://t.example.com/1" }, { priority: "low" }, { type: "detect" }]) {
      expect(await patchItem(me, published.itemId, body), JSON.stringify(body)).toEqual(PUBLISHED);
    }
    expect(await patchItem(me, published.itemId, { status: "done", title: "Sneaked in with a status" })).toEqual(PUBLISHED);
    expect(await rest(`review_action_items?id=eq.${published.itemId}`, { token: me.token, method: "DELETE" })).toEqual(PUBLISHED);
    expect(await itemRows(published.reviewId)).toEqual(before);

    const next = before[0].status === "in_progress" ? "done" : "in_progress";
    const moved = await patchItem(me, published.itemId, { status: next });
    expect(moved).toMatchObject({ status: 200, body: [{ status: next, title: before[0].title, version: before[0].version + 1 }] });
  });

  it("its state cannot move back (403, 42501), and publishing again or starting again changes nothing", async () => {
    const before = await reviewRow(published.reviewId);
    expect(await rpc(people.admin, "return_review_to_draft", { review_id: published.reviewId })).toMatchObject(PUBLISHED);
    expect(await rpc(people.admin, "submit_review", { review_id: published.reviewId })).toMatchObject(PUBLISHED);
    expect((await rpc(people.admin, "publish_review", { review_id: published.reviewId })).status).toBe(200);
    const { rows } = await admin().query("select incident_id from public.reviews where id = $1", [published.reviewId]);
    expect(await startReview(people.admin, rows[0].incident_id)).toBe(published.reviewId);
    expect(await reviewRow(published.reviewId)).toEqual(before);
  });

  it("even the database owner's own session cannot edit a published section (the trigger is for everyone)", async () => {
    const err = await admin()
      .query("update public.review_sections set content = $2 where review_id = $1 and section = 'summary'", [published.reviewId, { text: "rewritten" }])
      .catch((e: { code: string; message: string }) => e);
    expect(err).toMatchObject({ code: "42501", message: "this review is published: only action item status can change" });
  });
});
