// The live feed's source: every committed change to an incident or its timeline sends a NOTIFY on
// `beacon_incidents` whose payload is ids only ({incident, event}); nothing is sent for work that
// is rolled back. One listener on its own connection, as the app's live endpoint has; other files
// change incidents at the same time, so every check looks only at this file's incident ids.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, declareIncident, incidentEvents, inRolledBackTransaction, rest, stack, type TestPerson } from "../support/db";

const CHANNEL = "beacon_incidents";

interface Heard {
  raw: string;
  payload: { incident: string; event: number | null };
}

let listener: pg.Client;
const heard: Heard[] = [];
let me: TestPerson;

beforeAll(async () => {
  listener = new pg.Client({ connectionString: stack().DATABASE_URL });
  await listener.connect();
  listener.on("notification", (n) => {
    if (n.channel !== CHANNEL) return;
    heard.push({ raw: n.payload ?? "", payload: JSON.parse(n.payload ?? "null") });
  });
  await listener.query(`listen ${CHANNEL}`);
  me = await createPerson("responder");
});

afterAll(async () => {
  await listener?.end();
});

const about = (incidentId: string) => heard.filter((h) => h.payload.incident === incidentId);

/** Waits until `n` notifications about the incident have arrived (fails after 5 s), and returns them. */
async function hear(incidentId: string, n: number): Promise<Heard[]> {
  const deadline = Date.now() + 5000;
  while (about(incidentId).length < n) {
    if (Date.now() > deadline) throw new Error(`heard ${about(incidentId).length} of ${n} notifications about ${incidentId}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return about(incidentId);
}

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once everything committed before the call has been heard: Postgres delivers
 * notifications in commit order, so hearing a marker sent now means nothing earlier is still on
 * its way. Cheaper and surer than sleeping.
 */
async function everythingHeard(): Promise<void> {
  const marker = randomUUID();
  await admin().query("select pg_notify($1, json_build_object('incident', $2::uuid, 'event', null)::text)", [CHANNEL, marker]);
  await hear(marker, 1);
}

const rpc = <T = unknown>(fn: string, body: Record<string, unknown>) => rest<T>(`rpc/${fn}`, { token: me.token, method: "POST", body });

describe("live feed: what is sent", () => {
  it("declaring sends one notification: {incident, event} with the `declared` event's id", async () => {
    const incident = await declareIncident(me);
    const [h] = await hear(incident.id, 1);
    const [declared] = await incidentEvents(incident.id);
    expect(h.payload).toEqual({ incident: incident.id, event: Number(declared.id) });
    expect(Object.keys(JSON.parse(h.raw)).sort()).toEqual(["event", "incident"]);
    await everythingHeard();
    expect(about(incident.id)).toHaveLength(1);
  });

  it("an update sends one notification per event it writes", async () => {
    const incident = await declareIncident(me, { severity: "P3" });
    await hear(incident.id, 1);
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "PATCH", body: { severity: "P1", title: "Renamed" } });
    expect(r.status).toBe(204);
    const events = await incidentEvents(incident.id);
    expect(events.map((e) => e.kind)).toEqual(["declared", "severity", "field"]);
    const notes = await hear(incident.id, 3);
    expect(notes.map((h) => h.payload)).toEqual(events.map((e) => ({ incident: incident.id, event: Number(e.id) })));
  });

  it("add_note, edit_note, delete_note, pin_event and stakeholder updates each notify with the event's id", async () => {
    const incident = await declareIncident(me);
    await hear(incident.id, 1);
    const noteId = (await rpc<number>("add_note", { incident_id: incident.id, body: "a note" })).body;
    expect((await hear(incident.id, 2))[1].payload).toEqual({ incident: incident.id, event: noteId });
    expect((await rpc("pin_event", { event_id: noteId, pinned: true })).status).toBe(204);
    expect((await hear(incident.id, 3))[2].payload).toEqual({ incident: incident.id, event: noteId });
    expect((await rpc("edit_note", { event_id: noteId, body: "an edited note" })).status).toBe(204);
    expect((await hear(incident.id, 4))[3].payload).toEqual({ incident: incident.id, event: noteId });
    expect((await rpc("delete_note", { event_id: noteId })).status).toBe(204);
    expect((await hear(incident.id, 5))[4].payload).toEqual({ incident: incident.id, event: noteId });
    const updateId = (await rpc<number>("record_stakeholder_update", { incident_id: incident.id, channel: "customer", body: "We are on it." })).body;
    expect((await hear(incident.id, 6))[5].payload).toEqual({ incident: incident.id, event: updateId });
  });

  it("acknowledge_incident notifies once; a second, no-op acknowledge sends nothing", async () => {
    const incident = await declareIncident(me);
    await hear(incident.id, 1);
    expect((await rpc("acknowledge_incident", { incident_id: incident.id })).status).toBe(200);
    const ack = (await incidentEvents(incident.id)).find((e) => e.kind === "acknowledged")!;
    expect((await hear(incident.id, 2))[1].payload).toEqual({ incident: incident.id, event: Number(ack.id) });
    expect((await rpc("acknowledge_incident", { incident_id: incident.id })).status).toBe(200);
    await everythingHeard();
    expect(about(incident.id)).toHaveLength(2);
  });

  it("deleting an incident notifies with event null", async () => {
    const boss = await createPerson("admin");
    const incident = await declareIncident(me);
    await hear(incident.id, 1);
    const r = await rest(`incidents?id=eq.${incident.id}`, { token: boss.token, method: "DELETE" });
    expect(r.status).toBe(204);
    const notes = await hear(incident.id, 2);
    expect(notes[1].payload).toEqual({ incident: incident.id, event: null });
    expect(JSON.parse(notes[1].raw)).toStrictEqual({ incident: incident.id, event: null });
  });

  it("the payload carries ids only: no title, summary, note or update text", async () => {
    const secret = `secret-${randomUUID()}`;
    const incident = await declareIncident(me, { title: `Title ${secret}`, summary: `Summary ${secret}` });
    await rpc("add_note", { incident_id: incident.id, body: `Note ${secret}` });
    await rpc("record_stakeholder_update", { incident_id: incident.id, channel: "status_page", body: `Update ${secret}` });
    await rest(`incidents?id=eq.${incident.id}`, { token: me.token, method: "PATCH", body: { title: `New ${secret}`, summary: `More ${secret}` } });
    const notes = await hear(incident.id, 5);
    for (const h of notes) {
      expect(h.raw).not.toContain(secret);
      expect(Object.keys(JSON.parse(h.raw)).sort()).toEqual(["event", "incident"]);
      expect(h.payload.event).toEqual(expect.any(Number));
    }
  });
});

describe("live feed: only committed work is heard", () => {
  it("a rolled-back declare and update send nothing; a committed one right after is heard", async () => {
    const declared = await inRolledBackTransaction({ personId: me.id }, async (c) => {
      const { rows } = await c.query<{ id: string }>("insert into public.incidents (title, severity) values ('Never happened', 'P2') returning id");
      await c.query("update public.incidents set title = 'Still never happened' where id = $1", [rows[0].id]);
      const events = await c.query("select count(*)::int as n from public.incident_events where incident_id = $1", [rows[0].id]);
      expect(events.rows[0].n).toBe(2); // the writer ran; only the rollback keeps it quiet
      return rows[0].id;
    });
    // And a rolled-back note on a real incident.
    const real = await declareIncident(me);
    await hear(real.id, 1);
    await inRolledBackTransaction({ personId: me.id }, (c) => c.query("select public.add_note($1, 'rolled back note')", [real.id]));

    const control = await declareIncident(me); // committed after both rollbacks
    await hear(control.id, 1);
    await quiet(300);
    await everythingHeard();
    expect(about(declared)).toEqual([]);
    expect(about(real.id)).toHaveLength(1);
  });

  it("a notification arrives only when the transaction commits", async () => {
    const c = await admin().connect();
    try {
      await c.query("begin");
      await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: me.id, role: "authenticated" })]);
      const { rows } = await c.query<{ id: string }>("insert into public.incidents (title, severity) values ('Slow commit', 'P2') returning id");
      const id = rows[0].id;
      await everythingHeard();
      expect(about(id)).toEqual([]);
      await c.query("commit");
      expect((await hear(id, 1))[0].payload).toMatchObject({ incident: id, event: expect.any(Number) });
    } finally {
      await c.query("rollback").catch(() => {});
      c.release();
    }
  });
});
