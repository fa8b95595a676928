// Publishing: the database refuses a review its severity says is incomplete, with the list of what
// is missing — and that list is exactly the app's (lib/reviews/publish-rules.ts), checked here on
// the same reviews through both. Also the state moves, and a severity change made from a review
// going through the ordinary incident update (so the incident's timeline tells it).
import { beforeAll, describe, expect, it } from "vitest";
import { emptySection, emptySections, SECTIONS, type SectionContents } from "../../lib/reviews/model.ts";
import { missingForPublish, type Missing } from "../../lib/reviews/publish-rules.ts";
import { completeSections, type ItemFixture } from "../../lib/reviews/test-fixtures.ts";
import { admin, createPerson, incidentEvents, rest, type ApiIncident, type TestPerson } from "../support/db";
import { addItem, readyReview, resolvedIncident, reviewRow, rpc, startReview } from "../support/reviews";

let me: TestPerson;
let other: TestPerson;
beforeAll(async () => {
  [me, other] = await Promise.all([createPerson("responder"), createPerson("lead")]);
});

const blank = emptySections;
const withChange = (severity: string, change: (s: SectionContents) => void) => {
  const s = completeSections(severity);
  change(s);
  return s;
};

interface Case {
  name: string;
  severity: string;
  sections: SectionContents;
  items: (Omit<ItemFixture, "owner_id"> & { owner: boolean })[];
  reopen?: boolean;
}

const CASES: Case[] = [
  { name: "P0, nothing written", severity: "P0", sections: blank(), items: [] },
  { name: "P1, complete", severity: "P1", sections: completeSections("P1"), items: [{ title: "Canary", owner: true, due_date: "2027-01-10", status: "open" }] },
  {
    name: "P1, lessons blank, an item without owner or date, one won't do",
    severity: "P1",
    sections: withChange("P1", (s) => (s.lessons = emptySection("lessons"))),
    items: [
      { title: 'Fix "quotes" & 100% of it', owner: false, due_date: null, status: "open" },
      { title: "Dropped", owner: false, due_date: null, status: "wont_do" },
      { title: "Done, undated", owner: true, due_date: null, status: "done" },
    ],
  },
  {
    name: "P1, timeline with an untimed, wordless entry and no resolved entry",
    severity: "P1",
    sections: withChange("P1", (s) => {
      s.timeline.entries = s.timeline.entries.filter((e) => e.key !== "resolved_at");
      s.timeline.entries.push({ id: "x", at: null, text: "", key: null, source: "person", event_id: null });
    }),
    items: [{ title: "Canary", owner: true, due_date: "2027-01-10", status: "open" }],
  },
  { name: "P1, no items but 'no action needed'", severity: "P1", sections: withChange("P1", (s) => (s.action_items = { no_action_needed: true, no_action_reason: "None" })), items: [] },
  { name: "P2, 'no action needed' with a reason, timeline and lessons blank", severity: "P2", sections: withChange("P2", (s) => {
    s.action_items = { no_action_needed: true, no_action_reason: "Fixed upstream." };
    s.timeline.entries = [];
    s.lessons = emptySection("lessons");
  }), items: [] },
  { name: "P3, 'no action needed' without a reason", severity: "P3", sections: withChange("P3", (s) => (s.action_items = { no_action_needed: true, no_action_reason: " " })), items: [] },
  { name: "P2, impact unanswered and severity unconfirmed", severity: "P2", sections: withChange("P2", (s) => Object.assign(s.impact, { slo_breached: null, severity_confirmed: null, customer_impact: "" })), items: [{ title: "A", owner: true, due_date: "2027-01-10", status: "open" }] },
  { name: "P3, root cause blank", severity: "P3", sections: withChange("P3", (s) => (s.root_cause = emptySection("root_cause"))), items: [{ title: "A", owner: true, due_date: "2027-01-10", status: "in_progress" }] },
  { name: "P2 complete, but the incident was reopened", severity: "P2", sections: completeSections("P2"), items: [{ title: "A", owner: true, due_date: "2027-01-10", status: "open" }], reopen: true },
];

async function arrange(c: Case) {
  const incident = await resolvedIncident(me, { severity: c.severity });
  const reviewId = await startReview(me, incident.id, c.sections);
  for (const item of c.items) {
    const { owner, ...fields } = item;
    const r = await addItem(me, reviewId, { ...fields, owner_id: owner ? me.id : null });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  expect((await rpc(me, "submit_review", { review_id: reviewId })).status).toBe(200);
  if (c.reopen) {
    expect((await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "PATCH", body: { status: "monitoring" } })).status).toBe(204);
  }
  const expected = missingForPublish({
    severity: c.severity,
    incidentResolved: !c.reopen,
    sections: c.sections,
    actionItems: c.items.map(({ owner, ...i }) => ({ ...i, owner_id: owner ? me.id : null })),
  });
  return { reviewId, expected };
}

describe("the database's missing list is the app's, word for word", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const { reviewId, expected } = await arrange(c);
    const sql = await rpc<Missing[]>(other, "review_missing", { review_id: reviewId });
    expect(sql).toEqual({ status: 200, body: expected });

    const before = await reviewRow(reviewId);
    const pub = await rpc<{ state: string }>(other, "publish_review", { review_id: reviewId });
    if (expected.length === 0) {
      expect(pub).toMatchObject({ status: 200, body: { state: "published" } });
    } else {
      expect(pub).toEqual({
        status: 400,
        body: {
          code: "23514",
          message: "this review is not ready to publish",
          details: expect.any(String),
          hint: "details lists what is missing, section by section",
        },
      });
      expect(JSON.parse((pub.body as unknown as { details: string }).details)).toEqual(expected);
      expect(await reviewRow(reviewId)).toEqual(before);
    }
  });

  it("the cases cover every section and the incident (so the comparison means something)", () => {
    const sections = new Set<string>();
    for (const c of CASES) {
      for (const m of missingForPublish({
        severity: c.severity,
        incidentResolved: !c.reopen,
        sections: c.sections,
        actionItems: c.items.map(({ owner, ...i }) => ({ ...i, owner_id: owner ? "x" : null })),
      })) {
        sections.add(m.section);
      }
    }
    expect([...sections].sort()).toEqual(["action_items", "impact", "lessons", "publish", "root_cause", "summary", "timeline"]);
  });

  it.each(SECTIONS)("a blank %s is the same in the database and the app", async (section) => {
    const { rows } = await admin().query("select private.empty_review_section($1) as content", [section]);
    expect(rows[0].content).toEqual(emptySection(section));
  });

  it("an unknown review has no list (null)", async () => {
    expect(await rpc(me, "review_missing", { review_id: "00000000-0000-4000-8000-000000000000" })).toEqual({ status: 200, body: null });
  });
});

describe("states: draft → in review → published", () => {
  it("a draft is not published directly (400, P0001); submitted, it is; who and when are recorded, and the history tells it", async () => {
    const incident = await resolvedIncident(me, { severity: "P3" });
    const reviewId = await startReview(me, incident.id, completeSections("P3"));
    await addItem(me, reviewId, { owner_id: me.id, due_date: "2027-01-10" });
    expect(await rpc(other, "publish_review", { review_id: reviewId })).toMatchObject({
      status: 400,
      body: { code: "P0001", message: "submit the review for review before publishing it" },
    });
    const submitted = await rpc<Record<string, unknown>>(me, "submit_review", { review_id: reviewId });
    expect(submitted).toMatchObject({ status: 200, body: { state: "in_review", submitted_by: me.id } });
    expect((await rpc(me, "submit_review", { review_id: reviewId })).body).toEqual(submitted.body); // idempotent
    const published = await rpc<Record<string, unknown>>(other, "publish_review", { review_id: reviewId });
    expect(published).toMatchObject({ status: 200, body: { state: "published", published_by: other.id, published_at: expect.any(String) } });
    const { rows } = await admin().query("select kind, actor_id, data from public.review_events where review_id = $1 order by id", [reviewId]);
    expect(rows).toEqual([
      { kind: "started", actor_id: me.id, data: {} },
      { kind: "action_item_added", actor_id: me.id, data: expect.objectContaining({ title: expect.any(String) }) },
      { kind: "submitted", actor_id: me.id, data: {} },
      { kind: "published", actor_id: other.id, data: { severity: "P3" } },
    ]);
  });

  it("in review can go back to draft, and be edited there", async () => {
    const { reviewId } = await readyReview(me, "P3", completeSections("P3"));
    expect(await rpc(other, "return_review_to_draft", { review_id: reviewId })).toMatchObject({ status: 200, body: { state: "draft" } });
    const r = await rest(`review_sections?review_id=eq.${reviewId}&section=eq.summary&version=eq.1`, {
      token: other.token,
      method: "PATCH",
      body: { content: { text: "Edited in draft" } },
      prefer: "return=representation",
    });
    expect(r.body).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it("moving an unknown review: 404 (P0002)", async () => {
    expect(await rpc(me, "submit_review", { review_id: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      status: 404,
      body: { code: "P0002", message: "no such review" },
    });
  });
});

describe("a severity change made from a review", () => {
  it("is an ordinary incident update: the incident's timeline records it, and the review must confirm the new severity", async () => {
    const { incident, reviewId } = await readyReview(me, "P2", completeSections("P2"));
    expect((await rpc<Missing[]>(me, "review_missing", { review_id: reviewId })).body).toEqual([]);
    const current = await rest<ApiIncident[]>(`incidents?id=eq.${incident.id}&select=version`, { token: me.token });
    const patched = await rest<ApiIncident[]>(`incidents?id=eq.${incident.id}&version=eq.${current.body[0].version}&select=severity,version`, {
      token: me.token,
      method: "PATCH",
      body: { severity: "P1" },
      prefer: "return=representation",
    });
    expect(patched.body).toEqual([{ severity: "P1", version: current.body[0].version + 1 }]);
    const severityEvents = (await incidentEvents(incident.id)).filter((e) => e.kind === "severity");
    expect(severityEvents.map((e) => [e.actor_id, e.data])).toEqual([[me.id, { from: "P2", to: "P1" }]]);
    // Now a P1 review: the severity to confirm, and the lessons P1 demands (the P2 fixture has them).
    expect((await rpc<Missing[]>(me, "review_missing", { review_id: reviewId })).body).toEqual([
      { section: "impact", message: "Confirm the severity (the incident is P1)" },
    ]);
  });
});
