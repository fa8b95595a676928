// Never overwrite silently: two people saving the same section from the same version — one wins,
// the other matches no row (the app then shows them the winner's words). Different sections never
// collide. Many people starting the same review get one review. A save racing a publish never
// leaves a published review with content it was not checked with. Real concurrency: every request
// is in flight through PostgREST's pool before any answers.
import { beforeAll, describe, expect, it } from "vitest";
import { emptySection } from "../../lib/reviews/model.ts";
import { completeSections } from "../../lib/reviews/test-fixtures.ts";
import type pg from "pg";
import { admin, createPerson, type TestPerson } from "../support/db";
import { readyReview, resolvedIncident, reviewRow, rpc, saveSection, sectionRow, startReview } from "../support/reviews";

const PEOPLE = 10;
let people: TestPerson[];
beforeAll(async () => {
  people = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => createPerson(i % 2 ? "lead" : "responder")));
});

describe("reviews: optimistic concurrency", () => {
  it(`${PEOPLE} people saving the same section from the same version: exactly one wins, the others get no row`, async () => {
    const incident = await resolvedIncident(people[0]);
    const reviewId = await startReview(people[0], incident.id);
    const texts = people.map((_, i) => `Summary from editor ${i}`);
    const responses = await Promise.all(people.map((p, i) => saveSection(p, reviewId, "summary", 1, { text: texts[i] })));

    expect(responses.map((r) => r.status)).toEqual(Array(PEOPLE).fill(200));
    const winners = responses.flatMap((r, i) => (r.body.length ? [i] : []));
    expect(winners).toHaveLength(1);
    const w = winners[0];
    expect(responses[w].body).toEqual([{ section: "summary", content: { text: texts[w] }, version: 2, updated_by: people[w].id }]);
    expect(await sectionRow(reviewId, "summary")).toEqual({ section: "summary", content: { text: texts[w] }, version: 2, updated_by: people[w].id });
  });

  it("a stale save after a successful one matches no row and changes nothing; with the version it now reads, it goes through", async () => {
    const [alice, bob] = people;
    const incident = await resolvedIncident(alice);
    const reviewId = await startReview(alice, incident.id);
    const lessons = emptySection("lessons");
    expect((await saveSection(alice, reviewId, "lessons", 1, { ...lessons, went_well: "Alice" })).body).toHaveLength(1);
    const row = await sectionRow(reviewId, "lessons");
    expect(await saveSection(bob, reviewId, "lessons", 1, { ...lessons, went_well: "Bob" })).toEqual({ status: 200, body: [] });
    expect(await sectionRow(reviewId, "lessons")).toEqual(row);
    const merged = await saveSection(bob, reviewId, "lessons", 2, { ...lessons, went_well: "Alice", went_wrong: "Bob" });
    expect(merged.body).toEqual([expect.objectContaining({ version: 3, updated_by: bob.id })]);
  });

  it("people saving different sections at the same moment all succeed", async () => {
    const incident = await resolvedIncident(people[0]);
    const reviewId = await startReview(people[0], incident.id);
    const full = completeSections("P1");
    const sections = ["summary", "timeline", "impact", "root_cause", "action_items", "lessons"] as const;
    const responses = await Promise.all(sections.map((s, i) => saveSection(people[i], reviewId, s, 1, full[s])));
    expect(responses.map((r) => [r.status, r.body.length])).toEqual(sections.map(() => [200, 1]));
    for (const s of sections) expect((await sectionRow(reviewId, s)).content).toEqual(full[s]);
  });

  it(`${PEOPLE} people starting the same review at once: one review, one set of sections, the same id for all`, async () => {
    const incident = await resolvedIncident(people[0]);
    const ids = await Promise.all(people.map((p, i) => startReview(p, incident.id, { summary: { text: `Start ${i}` } })));
    expect(new Set(ids).size).toBe(1);
    const { rows } = await admin().query(
      `select (select count(*)::int from public.reviews where incident_id = $1) reviews,
              (select count(*)::int from public.review_sections where review_id = $2) sections,
              (select count(*)::int from public.review_events where review_id = $2 and kind = 'started') started`,
      [incident.id, ids[0]],
    );
    expect(rows[0]).toEqual({ reviews: 1, sections: 6, started: 1 });
  });

  it("a save racing a publish: either the save lands and publishing is refused, or publishing wins and the save is refused", async () => {
    for (let round = 0; round < 8; round++) {
      const { reviewId } = await readyReview(people[0], "P3", completeSections("P3"));
      const [save, publish] = await Promise.all([
        saveSection(people[1], reviewId, "summary", 1, { text: "" }),
        rpc(people[2], "publish_review", { review_id: reviewId }),
      ]);
      const state = (await reviewRow(reviewId))!.state;
      const summary = (await sectionRow(reviewId, "summary")).content;
      if (state === "published") {
        expect(save.status).toBe(403);
        expect(summary).toEqual(completeSections("P3").summary);
      } else {
        expect(save.body).toHaveLength(1);
        expect(publish.status).toBe(400);
        expect(summary).toEqual({ text: "" });
      }
    }
  });

  it("a save in flight holds publishing back until it commits; publishing then checks what it saved", async () => {
    const { reviewId } = await readyReview(people[0], "P3", completeSections("P3"));
    // A first save by the same person, so the one in flight keeps no revision: a revision's insert
    // would lock the review row by itself (its foreign key), hiding whether the save's own lock works.
    const summary = completeSections("P3").summary;
    expect((await saveSection(people[1], reviewId, "summary", 1, { text: `${summary.text} Edited.` })).body).toHaveLength(1);
    const as = async (c: pg.PoolClient, who: TestPerson) => {
      await c.query("begin");
      await c.query("set local role authenticated");
      await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: who.id, role: "authenticated" })]);
    };
    const [saver, publisher] = await Promise.all([admin().connect(), admin().connect()]);
    try {
      await as(saver, people[1]);
      await saver.query("update public.review_sections set content = $2 where review_id = $1 and section = 'summary'", [reviewId, { text: "" }]);
      await as(publisher, people[2]);
      let settled = false;
      const publishing = publisher
        .query("select public.publish_review($1)", [reviewId])
        .then(() => "published", (e: { code: string }) => e.code)
        .finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(settled).toBe(false); // waiting on the save's lock
      await saver.query("commit");
      expect(await publishing).toBe("23514"); // it saw the blank summary
      await publisher.query("rollback");
    } finally {
      saver.release();
      publisher.release();
    }
    expect((await reviewRow(reviewId))!.state).toBe("in_review");
  });
});
