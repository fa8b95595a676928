// The lists over reviews: the cross-incident action items (filters by owner, status and service;
// overdue first by the viewer's today) and the reviews list with open item counts. Each test owns
// its people, so rows other files add at the same time cannot change what it sees.
import { beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, type TestPerson } from "../support/db";
import { addItem, patchItem, resolvedIncident, rpc, startReview } from "../support/reviews";

interface ListedItem {
  id: string;
  title: string;
  status: string;
  due_date: string | null;
  overdue: boolean;
  incident_number: number;
  review_state: string;
}

let me: TestPerson;
let owner: TestPerson;
let services: Record<string, string>;
beforeAll(async () => {
  [me, owner] = await Promise.all([createPerson("responder"), createPerson("responder")]);
  const { rows } = await admin().query<{ slug: string; id: string }>("select slug, id from public.services");
  services = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
});

async function reviewWith(serviceSlugs: string[], items: Record<string, unknown>[]) {
  const incident = await resolvedIncident(me, { severity: "P2", service_ids: serviceSlugs.map((s) => services[s]) });
  const reviewId = await startReview(me, incident.id);
  const ids: string[] = [];
  for (const fields of items) {
    const r = await addItem(me, reviewId, { owner_id: owner.id, ...fields });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids.push(r.body[0].id);
  }
  return { incident, reviewId, ids };
}

describe("action items across incidents", () => {
  let api: Awaited<ReturnType<typeof reviewWith>>;
  let web: Awaited<ReturnType<typeof reviewWith>>;
  beforeAll(async () => {
    api = await reviewWith(["api"], [
      { title: "Due later", due_date: "2026-12-20" },
      { title: "Overdue by a week", due_date: "2026-11-16" },
      { title: "No date" },
      { title: "Done long ago", due_date: "2026-10-01", status: "done" },
    ]);
    web = await reviewWith(["web", "auth"], [
      { title: "Overdue by a day", due_date: "2026-11-22", status: "in_progress" },
      { title: "Due today", due_date: "2026-11-23" },
      { title: "Won't do, overdue date", due_date: "2026-11-01", status: "wont_do" },
    ]);
  });
  const list = async (args: Record<string, unknown>) =>
    (await rpc<ListedItem[]>(me, "list_action_items", { owner: owner.id, today: "2026-11-23", ...args })).body;

  it("overdue first (most overdue first), then unfinished by due date (undated last), then finished", async () => {
    const items = await list({});
    expect(items.map((i) => [i.title, i.overdue])).toEqual([
      ["Overdue by a week", true],
      ["Overdue by a day", true],
      ["Due today", false],
      ["Due later", false],
      ["No date", false],
      ["Won't do, overdue date", false],
      ["Done long ago", false],
    ]);
  });

  it("each item names its incident and review state", async () => {
    const [first] = await list({});
    expect(first).toMatchObject({ incident_number: Number(api.incident.number), review_state: "draft" });
  });

  it.each([
    ["status open", { statuses: ["open"] }, ["Overdue by a week", "Due today", "Due later", "No date"]],
    ["status open or in progress", { statuses: ["open", "in_progress"] }, ["Overdue by a week", "Overdue by a day", "Due today", "Due later", "No date"]],
    ["status done or won't do", { statuses: ["done", "wont_do"] }, ["Won't do, overdue date", "Done long ago"]],
    ["service api", { service: "api" }, ["Overdue by a week", "Due later", "No date", "Done long ago"]],
    ["service auth (one of the incident's several)", { service: "auth" }, ["Overdue by a day", "Due today", "Won't do, overdue date"]],
    ["service database (none)", { service: "database" }, []],
    ["service web and status open", { service: "web", statuses: ["open"] }, ["Due today"]],
  ])("filtered by %s", async (_name, args, titles) => {
    const withIds = "service" in args ? { ...args, service: services[args.service as string] } : args;
    expect((await list(withIds)).map((i) => i.title)).toEqual(titles);
  });

  it("by owner: someone else's items are not listed", async () => {
    const stranger = await createPerson("lead");
    expect((await rpc<ListedItem[]>(me, "list_action_items", { owner: stranger.id })).body).toEqual([]);
  });

  it("'overdue' is the viewer's today: the day before, nothing was overdue yet except what was due earlier", async () => {
    const items = await list({ today: "2026-11-17" });
    expect(items.filter((i) => i.overdue).map((i) => i.title)).toEqual(["Overdue by a week"]);
  });

  it("max_rows caps the list", async () => {
    expect(await list({ max_rows: 2 })).toHaveLength(2);
  });

  it("the reviews list counts open items (open or in progress) and the next due date", async () => {
    const r = await rpc(me, "submit_review", { review_id: web.reviewId });
    expect(r.status).toBe(200);
    const summaries = await admin().query(
      "select id, state, total_items, open_items, to_char(next_due_date, 'YYYY-MM-DD') next_due from public.review_summaries where id = any($1) order by incident_number",
      [[api.reviewId, web.reviewId]],
    );
    expect(summaries.rows).toEqual([
      { id: api.reviewId, state: "draft", total_items: 4, open_items: 3, next_due: "2026-11-16" },
      { id: web.reviewId, state: "in_review", total_items: 3, open_items: 2, next_due: "2026-11-22" },
    ]);
    // Finishing an item moves the counts.
    await patchItem(me, web.ids[0], { status: "done" });
    const after = await admin().query("select open_items, to_char(next_due_date, 'YYYY-MM-DD') next_due from public.review_summaries where id = $1", [web.reviewId]);
    expect(after.rows[0]).toEqual({ open_items: 1, next_due: "2026-11-23" });
  });
});
