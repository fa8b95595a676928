// Incidents, severities and timelines through PostgREST, as an attacker with the anon key or a
// signed-in person of each role would call them: who reads, declares, updates and deletes what,
// and which columns and tables nobody writes directly. Every test declares its own incidents.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import {
  admin,
  createPerson,
  declareIncident,
  INCIDENT_SELECT,
  incidentEvents,
  incidentRow,
  inRolledBackTransaction,
  pgError,
  rest,
  tokenFor,
  type ApiIncident,
  type TestPerson,
} from "../support/db";

const ROLES: AppRole[] = ["responder", "lead", "admin"];
const NON_ADMINS: AppRole[] = ["responder", "lead"];
const REPR = "return=representation";
const TABLES = ["severities", "incidents", "incident_events", "note_revisions"] as const;

const denied = (status: number, what: string) => ({
  status,
  body: { code: "42501", details: null, hint: null, message: `permission denied for ${what}` },
});

/** An incident with a note, an edited note (so a revision) and a pin: something of every table to attack. */
async function incidentWithHistory() {
  const author = await createPerson("responder");
  const incident = await declareIncident(author);
  const note = await rest<number>("rpc/add_note", { token: author.token, method: "POST", body: { incident_id: incident.id, body: "first text" } });
  expect(note.status).toBe(200);
  const edit = await rest("rpc/edit_note", { token: author.token, method: "POST", body: { event_id: note.body, body: "second text" } });
  expect(edit.status).toBe(204);
  const { rows: revisions } = await admin().query<{ id: string }>("select id from public.note_revisions where event_id = $1", [note.body]);
  expect(revisions).toHaveLength(1);
  return { author, incident, noteId: note.body, revisionId: revisions[0].id };
}

const severityRows = async () => (await admin().query("select * from public.severities order by rank")).rows;

// Shared by the tests that must change nothing: one person of each role, one more responder, and
// an incident with some of everything. Tests that change an incident declare their own.
type History = Awaited<ReturnType<typeof incidentWithHistory>>;
let shared: History;
const people = {} as Record<AppRole | "other", TestPerson>;
beforeAll(async () => {
  [people.responder, people.lead, people.admin, people.other, shared] = await Promise.all([
    createPerson("responder"),
    createPerson("lead"),
    createPerson("admin"),
    createPerson("responder"),
    incidentWithHistory(),
  ]);
});

describe("incidents rights: without a token", () => {
  it.each(TABLES)("nobody reads %s (401, 42501 permission denied)", async (table) => {
    const r = await rest(`${table}?select=*`, { token: null });
    expect(r).toEqual(denied(401, `table ${table}`));
  });

  it("nobody declares an incident, adds a severity, or writes a timeline row (401, 42501); nothing is written", async () => {
    const { incident, noteId } = shared;
    const title = `Anon ${randomUUID()}`;
    const attempts = [
      ["severities", { id: "P8", name: "Anon", description: "anon", ack_minutes: 1, update_minutes: 1, rank: 88 }],
      ["incidents", { title, severity: "P2" }],
      ["incident_events", { incident_id: incident.id, kind: "note", body: "anon note" }],
      ["note_revisions", { event_id: noteId, body: "anon revision" }],
    ] as const;
    for (const [table, body] of attempts) {
      expect(await rest(table, { token: null, method: "POST", body, prefer: REPR }), table).toEqual(denied(401, `table ${table}`));
    }
    expect((await admin().query("select 1 from public.severities where id = 'P8'")).rowCount).toBe(0);
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);
    expect((await incidentEvents(incident.id)).map((e) => e.body)).not.toContain("anon note");
    expect((await admin().query("select 1 from public.note_revisions where body = 'anon revision'")).rowCount).toBe(0);
  });

  it("nobody updates or deletes an incident or a severity (401, 42501); they are unchanged", async () => {
    const { incident } = shared;
    const before = await incidentRow(incident.id);
    const severities = await severityRows();
    for (const [method, path, body, table] of [
      ["PATCH", `incidents?id=eq.${incident.id}`, { title: "Anon edit" }, "incidents"],
      ["DELETE", `incidents?id=eq.${incident.id}`, undefined, "incidents"],
      ["PATCH", "severities?id=eq.P3", { name: "Anon" }, "severities"],
      ["DELETE", "severities?id=eq.P3", undefined, "severities"],
    ] as const) {
      expect(await rest(path, { token: null, method, body }), `${method} ${path}`).toEqual(denied(401, `table ${table}`));
    }
    expect(await incidentRow(incident.id)).toEqual(before);
    expect(await severityRows()).toEqual(severities);
  });

  it.each([
    ["acknowledge_incident", (x: History) => ({ incident_id: x.incident.id })],
    ["add_note", (x: History) => ({ incident_id: x.incident.id, body: "anon note" })],
    ["record_stakeholder_update", (x: History) => ({ incident_id: x.incident.id, channel: "customer", body: "anon update" })],
    ["edit_note", (x: History) => ({ event_id: x.noteId, body: "anon edit" })],
    ["delete_note", (x: History) => ({ event_id: x.noteId })],
    ["pin_event", (x: History) => ({ event_id: x.noteId, pinned: true })],
    ["list_incidents", () => ({ page_size: 5 })],
  ])("nobody calls %s (401, 42501 permission denied for function); the timeline is unchanged", async (fn, args) => {
    const x = shared;
    const before = await incidentEvents(x.incident.id);
    const incidentBefore = await incidentRow(x.incident.id);
    const r = await rest(`rpc/${fn}`, { token: null, method: "POST", body: args(x) });
    expect(r).toEqual(denied(401, `function ${fn}`));
    expect(await incidentEvents(x.incident.id)).toEqual(before);
    expect(await incidentRow(x.incident.id)).toEqual(incidentBefore);
  });
});

describe("incidents rights: reading", () => {
  it.each(ROLES)("a signed-in %s reads the four severities, every incident, its timeline and its note history", async (role) => {
    const me = people[role];
    const { incident, noteId, revisionId } = shared;
    const severities = await rest<{ id: string }[]>("severities?select=id&order=rank", { token: me.token });
    expect(severities).toEqual({ status: 200, body: [{ id: "P0" }, { id: "P1" }, { id: "P2" }, { id: "P3" }] });
    const incidents = await rest<ApiIncident[]>(`incidents?id=eq.${incident.id}&select=${INCIDENT_SELECT}`, { token: me.token });
    expect(incidents).toEqual({ status: 200, body: [incident] });
    const events = await rest<{ id: number; kind: string }[]>(`incident_events?incident_id=eq.${incident.id}&select=id,kind&order=id`, {
      token: me.token,
    });
    expect(events).toEqual({ status: 200, body: [{ id: expect.any(Number), kind: "declared" }, { id: noteId, kind: "note" }] });
    const revisions = await rest(`note_revisions?event_id=eq.${noteId}&select=id,body`, { token: me.token });
    expect(revisions).toEqual({ status: 200, body: [{ id: Number(revisionId), body: "first text" }] });
  });
});

describe("incidents rights: declaring", () => {
  it("a responder declares an incident: 201, declared_by, commander and updated_by are themselves, version 1, open", async () => {
    const me = people.responder;
    const title = `Declared ${randomUUID()}`;
    const r = await rest<ApiIncident[]>(`incidents?select=${INCIDENT_SELECT}`, {
      token: me.token,
      method: "POST",
      body: { title, severity: "P1" },
      prefer: REPR,
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual([
      expect.objectContaining({
        title,
        severity: "P1",
        status: "investigating",
        is_open: true,
        declared_by: me.id,
        commander_id: me.id,
        updated_by: me.id,
        version: 1,
        number: expect.any(Number),
        acknowledged_at: null,
        resolved_at: null,
      }),
    ]);
    const row = r.body[0];
    expect(row.detected_at).toBe(row.declared_at);
    expect(row.started_at).toBe(row.declared_at);
    expect(await incidentRow(row.id)).toMatchObject({ title, declared_by: me.id });
  });

  it.each([
    ["declared_by", (other: string) => other],
    ["updated_by", (other: string) => other],
    ["acknowledged_by", (other: string) => other],
    ["acknowledged_at", () => new Date().toISOString()],
    ["declared_at", () => "2020-01-01T00:00:00Z"],
    ["status", () => "resolved"],
    ["resolved_at", () => new Date().toISOString()],
    ["version", () => 42],
    ["id", () => randomUUID()],
  ])("a responder cannot declare with %s of their choosing (403, 42501 column not granted); nothing is declared", async (column, value) => {
    const { responder: me, other } = people;
    const title = `Forged ${randomUUID()}`;
    const r = await rest("incidents", {
      token: me.token,
      method: "POST",
      body: { title, severity: "P2", [column]: value(other.id) },
      prefer: REPR,
    });
    expect(r).toEqual(denied(403, "table incidents"));
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);
  });

  it("a responder cannot choose the incident number (400, 428C9 generated always); nothing is declared", async () => {
    const me = people.responder;
    const title = `Forged ${randomUUID()}`;
    const r = await rest("incidents", { token: me.token, method: "POST", body: { title, severity: "P2", number: 999999 }, prefer: REPR });
    expect(r).toMatchObject({ status: 400, body: { code: "428C9", message: 'cannot insert a non-DEFAULT value into column "number"' } });
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);
  });

  it("even where an insert may name declared_by, the trigger writes the person who asked", async () => {
    const { responder: me, other } = people;
    // As superuser (every column writable) but with my claims: the trigger, not the grant, decides.
    const row = await inRolledBackTransaction({ personId: me.id }, async (c) => {
      await c.query("reset role");
      const { rows } = await c.query<{ declared_by: string; commander_id: string; updated_by: string; version: number }>(
        "insert into public.incidents (title, severity, declared_by, updated_by, version) values ('Forged', 'P2', $1, $1, 7) returning *",
        [other.id],
      );
      return rows[0];
    });
    expect(row).toMatchObject({ declared_by: me.id, commander_id: me.id, updated_by: me.id, version: 1 });
  });

  it("a signed-in person cannot declare an incident already resolved (400, 23514 incidents_declared_open)", async () => {
    const me = people.responder;
    const e = await inRolledBackTransaction({ personId: me.id }, async (c) => {
      await c.query("reset role");
      return pgError(c.query("insert into public.incidents (title, severity, status) values ('Born resolved', 'P2', 'resolved')"));
    });
    expect(e).toMatchObject({ code: "23514", message: "an incident is declared open", constraint: "incidents_declared_open" });
  });

  it("a responder whose token claims admin still declares as themselves", async () => {
    const me = people.responder;
    const incident = await declareIncident({ token: await tokenFor(me.id, "admin") });
    expect(incident.declared_by).toBe(me.id);
  });

  it("a valid token for someone with no person row cannot declare (403, 42501 row-level security)", async () => {
    const ghost = await tokenFor(`t-ghost-${randomUUID()}`, "admin");
    const title = `Ghost ${randomUUID()}`;
    const r = await rest("incidents", { token: ghost, method: "POST", body: { title, severity: "P2" }, prefer: REPR });
    expect(r).toEqual({
      status: 403,
      body: { code: "42501", details: null, hint: null, message: 'new row violates row-level security policy for table "incidents"' },
    });
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);
  });
});

describe("incidents rights: updating", () => {
  it.each(ROLES)("a %s updates someone else's incident; updated_by becomes them and version goes up", async (role) => {
    const declarer = people.other;
    const me = people[role];
    const incident = await declareIncident(declarer);
    const r = await rest<ApiIncident[]>(`incidents?id=eq.${incident.id}&select=${INCIDENT_SELECT}`, {
      token: me.token,
      method: "PATCH",
      body: { title: "Renamed by someone else", severity: "P1", summary: "What we know." },
      prefer: REPR,
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([
      expect.objectContaining({
        id: incident.id,
        title: "Renamed by someone else",
        severity: "P1",
        summary: "What we know.",
        declared_by: declarer.id,
        updated_by: me.id,
        version: 2,
      }),
    ]);
    expect(await incidentRow(incident.id)).toMatchObject({ title: "Renamed by someone else", updated_by: me.id, version: 2 });
  });

  it.each([
    ["version", () => 99],
    ["declared_by", (other: string) => other],
    ["updated_by", (other: string) => other],
    ["acknowledged_by", (other: string) => other],
    ["updated_at", () => "2020-01-01T00:00:00Z"],
    ["id", () => randomUUID()],
  ])("nobody PATCHes %s directly (403, 42501 column not granted); the row is unchanged", async (column, value) => {
    const { admin: me, other } = people;
    const { incident } = shared;
    const before = await incidentRow(incident.id);
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "PATCH", body: { [column]: value(other.id) }, prefer: REPR });
    expect(r).toEqual(denied(403, "table incidents"));
    // The same column alongside a granted one does not sneak through either.
    const mixed = await rest(`incidents?id=eq.${incident.id}`, {
      token: me.token,
      method: "PATCH",
      body: { title: "Sneaky", [column]: value(other.id) },
      prefer: REPR,
    });
    expect(mixed).toEqual(denied(403, "table incidents"));
    expect(await incidentRow(incident.id)).toEqual(before);
  });

  it("nobody PATCHes the incident number (400, 428C9 generated always); the row is unchanged", async () => {
    const me = people.admin;
    const { incident } = shared;
    const before = await incidentRow(incident.id);
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "PATCH", body: { title: "Sneaky", number: 1 }, prefer: REPR });
    expect(r).toMatchObject({ status: 400, body: { code: "428C9", message: 'column "number" can only be updated to DEFAULT' } });
    expect(await incidentRow(incident.id)).toEqual(before);
  });

  it("a valid token for someone with no person row updates nothing (200, no rows)", async () => {
    const { incident } = shared;
    const before = await incidentRow(incident.id);
    const ghost = await tokenFor(`t-ghost-${randomUUID()}`, "admin");
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: ghost, method: "PATCH", body: { title: "Ghost edit" }, prefer: REPR });
    expect(r).toEqual({ status: 200, body: [] });
    expect(await incidentRow(incident.id)).toEqual(before);
  });
});

describe("incidents rights: deleting", () => {
  it.each(NON_ADMINS)("a %s cannot delete an incident (200, no rows); it and its timeline are still there", async (role) => {
    const me = people[role];
    const { incident, noteId } = shared;
    const before = await incidentRow(incident.id);
    const events = await incidentEvents(incident.id);
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "DELETE", prefer: REPR });
    expect(r).toEqual({ status: 200, body: [] });
    const lied = await rest(`incidents?id=eq.${incident.id}`, { token: await tokenFor(me.id, "admin"), method: "DELETE", prefer: REPR });
    expect(lied).toEqual({ status: 200, body: [] });
    expect(await incidentRow(incident.id)).toEqual(before);
    expect(await incidentEvents(incident.id)).toEqual(events);
    expect((await admin().query("select 1 from public.note_revisions where event_id = $1", [noteId])).rowCount).toBe(1);
  });

  it("an admin deletes an incident; its timeline and note history go with it", async () => {
    const me = people.admin;
    const { incident, noteId } = await incidentWithHistory();
    expect(await incidentEvents(incident.id)).toHaveLength(2);
    const r = await rest<{ id: string }[]>(`incidents?id=eq.${incident.id}&select=id`, { token: me.token, method: "DELETE", prefer: REPR });
    expect(r).toEqual({ status: 200, body: [{ id: incident.id }] });
    expect(await incidentRow(incident.id)).toBeUndefined();
    expect(await incidentEvents(incident.id)).toEqual([]);
    expect((await admin().query("select 1 from public.note_revisions where event_id = $1", [noteId])).rowCount).toBe(0);
  });
});

describe("severities: only admins edit", () => {
  it.each(NON_ADMINS)("a %s cannot edit a severity (200, no rows); severities are unchanged", async (role) => {
    const me = people[role];
    const before = await severityRows();
    const one = await rest("severities?id=eq.P3", { token: me.token, method: "PATCH", body: { ack_minutes: 1, name: "Hijacked" }, prefer: REPR });
    expect(one).toEqual({ status: 200, body: [] });
    const all = await rest("severities", { token: me.token, method: "PATCH", body: { description: "defaced" }, prefer: REPR });
    expect(all).toEqual({ status: 200, body: [] });
    expect(await severityRows()).toEqual(before);
  });

  it("an admin edits a severity's name, description and targets", async () => {
    const me = people.admin;
    const [original] = (await admin().query("select * from public.severities where id = 'P3'")).rows;
    try {
      const r = await rest("severities?id=eq.P3", {
        token: me.token,
        method: "PATCH",
        body: { description: "Edited by a test.", ack_minutes: 1441 },
        prefer: REPR,
      });
      expect(r).toEqual({ status: 200, body: [{ ...original, description: "Edited by a test.", ack_minutes: 1441 }] });
      expect((await admin().query("select * from public.severities where id = 'P3'")).rows[0]).toMatchObject({ ack_minutes: 1441 });
    } finally {
      await admin().query("update public.severities set description = $1, ack_minutes = $2 where id = 'P3'", [
        original.description,
        original.ack_minutes,
      ]);
    }
  });

  it.each(ROLES)("a %s, admins included, cannot add, remove, rename or re-rank severities (403, 42501)", async (role) => {
    const me = people[role];
    const before = await severityRows();
    const add = await rest("severities", {
      token: me.token,
      method: "POST",
      body: { id: "P7", name: "New", description: "new", ack_minutes: 1, update_minutes: 1, rank: 77 },
    });
    expect(add).toEqual(denied(403, "table severities"));
    expect(await rest("severities?id=eq.P3", { token: me.token, method: "DELETE" })).toEqual(denied(403, "table severities"));
    expect(await rest("severities?id=eq.P3", { token: me.token, method: "PATCH", body: { id: "P9" } })).toEqual(denied(403, "table severities"));
    expect(await rest("severities?id=eq.P3", { token: me.token, method: "PATCH", body: { rank: 9 } })).toEqual(denied(403, "table severities"));
    expect(await severityRows()).toEqual(before);
  });
});

describe("the timeline has one writer", () => {
  it.each(ROLES)("a %s cannot insert, update or delete timeline events or note revisions directly (403, 42501)", async (role) => {
    const me = people[role];
    const { incident, noteId, revisionId } = shared;
    const events = await incidentEvents(incident.id);
    const revisions = (await admin().query("select * from public.note_revisions where event_id = $1", [noteId])).rows;
    const attempts = [
      ["POST", "incident_events", { incident_id: incident.id, kind: "note", body: "forged note" }, "incident_events"],
      ["PATCH", `incident_events?id=eq.${noteId}`, { body: "rewritten", pinned: true }, "incident_events"],
      ["PATCH", `incident_events?id=eq.${noteId}`, { deleted_at: new Date().toISOString() }, "incident_events"],
      ["DELETE", `incident_events?incident_id=eq.${incident.id}`, undefined, "incident_events"],
      ["POST", "note_revisions", { event_id: noteId, body: "forged history" }, "note_revisions"],
      ["PATCH", `note_revisions?id=eq.${revisionId}`, { body: "rewritten history" }, "note_revisions"],
      ["DELETE", `note_revisions?id=eq.${revisionId}`, undefined, "note_revisions"],
    ] as const;
    for (const [method, path, body, table] of attempts) {
      expect(await rest(path, { token: me.token, method, body, prefer: REPR }), `${method} ${path}`).toEqual(denied(403, `table ${table}`));
    }
    expect(await incidentEvents(incident.id)).toEqual(events);
    expect((await admin().query("select * from public.note_revisions where event_id = $1", [noteId])).rows).toEqual(revisions);
  });

  it("the writer's private functions are not callable as the API role (42501)", async () => {
    const me = people.admin;
    const { incident } = shared;
    const before = await incidentEvents(incident.id);
    for (const sql of [
      "select private.record_event($1, 'note', '{}', 'forged')",
      "select private.notify_incident($1, null)",
    ]) {
      const e = await inRolledBackTransaction({ personId: me.id }, (c) => pgError(c.query(sql, [incident.id])));
      expect(e, sql).toMatchObject({ code: "42501" });
    }
    expect(await incidentEvents(incident.id)).toEqual(before);
  });
});
