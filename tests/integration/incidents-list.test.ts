// public.list_incidents through PostgREST as a signed-in responder: order (open first, newest
// declared first), every filter, full-text search over titles, summaries and live notes, keyset
// pagination and the page-size cap. Other files declare incidents at the same time, so every
// call here is narrowed by a word only this file's incidents contain.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

interface ListRow {
  id: string;
  number: number;
  is_open: boolean;
  declared_at: string;
  title: string;
}

/** A word no other incident contains: lowercase letters only, so the English parser keeps it whole. */
const word = () =>
  "zq" +
  Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join("");

const W = word(); // in the title of every incident of this file's main set
const TITLE_WORD = word(); // only in A's title
const SUMMARY_WORD = word(); // only in E's summary
const NOTE_WORD = word(); // only in a note on B
const DELETED_WORD = word(); // only in a deleted note on D
const EDITED_AWAY_WORD = word(); // in a note on G before it was edited
const EDITED_IN_WORD = word(); // in that note after the edit
const STAKEHOLDER_WORD = word(); // only in a stakeholder update on C (not searched)
const BULK = word(); // 101 more incidents for the page-size cap

let me: TestPerson; // the responder who lists
let alice: TestPerson;
let bob: TestPerson;
let carol: TestPerson; // declares most of them
const ids: Record<string, string> = {};
let services: Record<string, string>;
const base = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000); // whole seconds, a minute ago
const ago = (minutes: number) => new Date(base.getTime() - minutes * 60_000).toISOString();

/**
 * Arranged as superuser but with `who`'s claims, as the seed does: declared_at can be put in the
 * past, and the timeline still says who did what.
 */
async function arrange(who: TestPerson, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const c = await admin().connect();
  try {
    await c.query("begin");
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: who.id, role: "authenticated" })]);
    const { rows } = await c.query(sql, params);
    await c.query("commit");
    return rows;
  } catch (e) {
    await c.query("rollback");
    throw e;
  } finally {
    c.release();
  }
}

async function incident(
  key: string,
  f: { declaredMinutesAgo: number; severity: string; status?: string; drill?: boolean; services?: string[]; commander?: string | null;
    comms?: string; scribe?: string; declarer?: TestPerson; summary?: string; extraTitle?: string },
) {
  const declarer = f.declarer ?? carol;
  const at = ago(f.declaredMinutesAgo);
  const [row] = await arrange(
    declarer,
    `insert into public.incidents (title, summary, severity, drill, service_ids, declared_by, commander_id, comms_lead_id, scribe_id,
       started_at, detected_at, declared_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10) returning id`,
    [
      `Incident ${key} ${W} ${f.extraTitle ?? ""}`,
      f.summary ?? "",
      f.severity,
      f.drill ?? false,
      f.services ?? [],
      declarer.id,
      f.commander === undefined ? declarer.id : f.commander,
      f.comms ?? null,
      f.scribe ?? null,
      at,
    ],
  );
  ids[key] = row.id as string;
  if (f.status) await arrange(declarer, "update public.incidents set status = $2 where id = $1", [ids[key], f.status]);
}

const note = (who: TestPerson, key: string, body: string) =>
  rest<number>("rpc/add_note", { token: who.token, method: "POST", body: { incident_id: ids[key], body } });

const list = (args: Record<string, unknown>, who: { token: string | null } = me) =>
  rest<ListRow[]>("rpc/list_incidents?select=id,number,is_open,declared_at,title", { token: who.token, method: "POST", body: args });

/** The keys of the incidents a call returned, in order (fails on rows that are not this file's). */
async function keysFor(args: Record<string, unknown>): Promise<string[]> {
  const r = await list({ q: W, page_size: 100, ...args });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, id]) => [id, k]));
  return r.body.map((row) => byId[row.id] ?? `unknown ${row.id}`);
}

// The main set. Open: G and A declared at the same instant (G has the higher number), B, D.
// Resolved: C (declared most recently of all) and E.
const OPEN_ORDER = ["G", "A", "B", "D"];
const RESOLVED_ORDER = ["C", "E"];
const ALL = [...OPEN_ORDER, ...RESOLVED_ORDER];

beforeAll(async () => {
  [me, alice, bob, carol] = await Promise.all([
    createPerson("responder"),
    createPerson("responder"),
    createPerson("lead"),
    createPerson("responder"),
  ]);
  const { rows } = await admin().query<{ slug: string; id: string }>("select slug, id from public.services where slug in ('api', 'web', 'auth', 'database')");
  services = Object.fromEntries(rows.map((r) => [r.slug, r.id]));

  await incident("A", { declaredMinutesAgo: 60, severity: "P1", services: [services.api], commander: alice.id, extraTitle: TITLE_WORD });
  await incident("B", { declaredMinutesAgo: 120, severity: "P2", status: "identified", services: [services.web], commander: bob.id, comms: alice.id });
  await incident("C", { declaredMinutesAgo: 30, severity: "P1", status: "resolved", drill: true, services: [services.api, services.web] });
  await incident("D", { declaredMinutesAgo: 180, severity: "P3", status: "monitoring", drill: true, scribe: alice.id, services: [services.auth] });
  await incident("E", { declaredMinutesAgo: 300, severity: "P0", status: "resolved", declarer: alice, commander: bob.id, summary: `Root cause: ${SUMMARY_WORD} exhaustion.` });
  await incident("G", { declaredMinutesAgo: 60, severity: "P2", commander: null });

  expect((await note(carol, "B", `Saw ${NOTE_WORD} in the logs.`)).status).toBe(200);
  const deleted = await note(carol, "D", `Suspected ${DELETED_WORD}, wrong.`);
  expect((await rest("rpc/delete_note", { token: carol.token, method: "POST", body: { event_id: deleted.body } })).status).toBe(204);
  const edited = await note(bob, "G", `First guess: ${EDITED_AWAY_WORD}.`);
  expect(
    (await rest("rpc/edit_note", { token: bob.token, method: "POST", body: { event_id: edited.body, body: `Actually ${EDITED_IN_WORD}.` } })).status,
  ).toBe(204);
  const update = await rest("rpc/record_stakeholder_update", {
    token: carol.token,
    method: "POST",
    body: { incident_id: ids.C, channel: "status_page", body: `Customers see ${STAKEHOLDER_WORD}.` },
  });
  expect(update.status).toBe(200);

  // 101 more, for the cap; declared by nobody in particular (superuser, no claims).
  await admin().query(
    `insert into public.incidents (title, severity, started_at, detected_at, declared_at)
     select 'Bulk ' || $1 || ' ' || g, 'P3', $2, $2, $2 from generate_series(1, 101) g`,
    [BULK, ago(600)],
  );
});

afterAll(async () => {
  await admin().query("delete from public.incidents where title like $1", [`Bulk ${BULK} %`]);
});

describe("list_incidents: who may call it", () => {
  it("without a token nobody lists incidents (401, 42501)", async () => {
    const r = await list({ q: W }, { token: null });
    expect(r).toEqual({ status: 401, body: { code: "42501", details: null, hint: null, message: "permission denied for function list_incidents" } });
  });
});

describe("list_incidents: order", () => {
  it("open incidents first, then resolved; within each, newest declared first, then the higher number", async () => {
    expect(await keysFor({})).toEqual(ALL);
    const r = await list({ q: W });
    const [g, a] = r.body;
    expect(g.declared_at).toBe(a.declared_at);
    expect(g.number).toBeGreaterThan(a.number);
  });
});

describe("list_incidents: filters", () => {
  it.each([
    ["statuses [resolved]", () => ({ statuses: ["resolved"] }), ["C", "E"]],
    ["statuses [investigating, identified]", () => ({ statuses: ["investigating", "identified"] }), ["G", "A", "B"]],
    ["statuses [monitoring]", () => ({ statuses: ["monitoring"] }), ["D"]],
    ["severities [P1]", () => ({ severities: ["P1"] }), ["A", "C"]],
    ["severities [P0, P3]", () => ({ severities: ["P0", "P3"] }), ["D", "E"]],
    ["service api", () => ({ service: services.api }), ["A", "C"]],
    ["service web", () => ({ service: services.web }), ["B", "C"]],
    ["service database", () => ({ service: services.database }), []],
    ["commander bob", () => ({ commander: bob.id }), ["B", "E"]],
    ["commander alice", () => ({ commander: alice.id }), ["A"]],
    ["drill true", () => ({ drill: true }), ["D", "C"]],
    ["drill false", () => ({ drill: false }), ["G", "A", "B", "E"]],
    ["declared_from (inclusive)", () => ({ declared_from: ago(120) }), ["G", "A", "B", "C"]],
    ["declared_to (exclusive)", () => ({ declared_to: ago(60) }), ["B", "D", "E"]],
    ["declared_from and declared_to", () => ({ declared_from: ago(180), declared_to: ago(30) }), ["G", "A", "B", "D"]],
    ["several filters at once", () => ({ severities: ["P1", "P2"], drill: false, statuses: ["investigating"] }), ["G", "A"]],
  ])("%s narrows the list", async (_what, args, expected) => {
    expect(await keysFor(args())).toEqual(expected);
  });

  it("mine: incidents where I am commander, comms lead, scribe or declarer", async () => {
    const asAlice = await list({ q: W, mine: true, page_size: 100 }, alice);
    expect(asAlice.body.map((r) => r.id)).toEqual(["A", "B", "D", "E"].map((k) => ids[k]));
    const asBob = await list({ q: W, mine: true, page_size: 100 }, bob);
    expect(asBob.body.map((r) => r.id)).toEqual(["B", "E"].map((k) => ids[k]));
    expect(await keysFor({ mine: true })).toEqual([]);
    expect(await keysFor({ mine: false })).toEqual(ALL);
  });
});

describe("list_incidents: full-text search", () => {
  it.each([
    ["a word of the title", () => TITLE_WORD, ["A"]],
    ["a word of the summary", () => SUMMARY_WORD, ["E"]],
    ["a word only in a note", () => NOTE_WORD, ["B"]],
    ["a word only in a note's current text", () => EDITED_IN_WORD, ["G"]],
    ["a word only in a deleted note", () => DELETED_WORD, []],
    ["a word a note no longer has", () => EDITED_AWAY_WORD, []],
    ["a word only in a stakeholder update", () => STAKEHOLDER_WORD, []],
    ["two words, both required", () => `${W} ${TITLE_WORD}`, ["A"]],
    ["either of two words (websearch `or`)", () => `${TITLE_WORD} or ${SUMMARY_WORD}`, ["A", "E"]],
    ["a word, excluding another (websearch `-`)", () => `${W} -${TITLE_WORD}`, ["G", "B", "D", "C", "E"]],
  ])("q matching %s", async (_what, q, expected) => {
    const r = await list({ q: q(), page_size: 100 });
    expect(r.status).toBe(200);
    expect(r.body.map((row) => Object.entries(ids).find(([, id]) => id === row.id)?.[0] ?? row.id)).toEqual(expected);
  });

  it("an empty or blank q does not filter", async () => {
    for (const q of ["", "   "]) {
      const r = await list({ q, page_size: 100, declared_from: ago(300), declared_to: ago(29) });
      expect(r.body.map((row) => row.id)).toEqual(expect.arrayContaining(ALL.map((k) => ids[k])));
    }
  });
});

describe("list_incidents: keyset pagination", () => {
  it.each([1, 2, 3, 4])("walking pages of %i from the last row of each page visits every incident once, in order", async (size) => {
    const all = (await list({ q: W, page_size: 100 })).body;
    const seen: ListRow[] = [];
    let after: Record<string, unknown> = {};
    for (let pages = 0; pages < 20; pages++) {
      const page = await list({ q: W, page_size: size, ...after });
      expect(page.status).toBe(200);
      expect(page.body.length).toBeLessThanOrEqual(size);
      if (page.body.length === 0) break;
      seen.push(...page.body);
      const last = page.body[page.body.length - 1];
      after = { after_open: last.is_open, after_declared_at: last.declared_at, after_number: last.number };
    }
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(seen.map((r) => r.id)).toEqual(ALL.map((k) => ids[k]));
  });

  it("pagination keeps the filters: pages of 1 over resolved incidents", async () => {
    const first = await list({ q: W, statuses: ["resolved"], page_size: 1 });
    expect(first.body.map((r) => r.id)).toEqual([ids.C]);
    const last = first.body[0];
    const second = await list({
      q: W,
      statuses: ["resolved"],
      page_size: 1,
      after_open: last.is_open,
      after_declared_at: last.declared_at,
      after_number: last.number,
    });
    expect(second.body.map((r) => r.id)).toEqual([ids.E]);
  });
});

describe("list_incidents: page size", () => {
  it("page_size is capped at 100, at least 1, and 25 when not given", async () => {
    const total = await admin().query("select count(*)::int as n from public.incidents where title like $1", [`Bulk ${BULK} %`]);
    expect(total.rows[0].n).toBe(101);
    expect((await list({ q: BULK, page_size: 1000 })).body).toHaveLength(100);
    expect((await list({ q: BULK, page_size: 100 })).body).toHaveLength(100);
    expect((await list({ q: BULK, page_size: 99 })).body).toHaveLength(99);
    expect((await list({ q: BULK })).body).toHaveLength(25);
    expect((await list({ q: BULK, page_size: 0 })).body).toHaveLength(1);
    expect((await list({ q: BULK, page_size: -5 })).body).toHaveLength(1);
  });
});
