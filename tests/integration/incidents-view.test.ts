// public.incident_view: the incident page's one read. Whole timelines (past PostgREST's 1,000-row
// cap), note history, and RLS as for the tables it reads.
import { describe, expect, it } from "vitest";
import { admin, createPerson, declareIncident, rest } from "../support/db";

interface View {
  incident: { id: string; version: number; title: string };
  events: { kind: string; body: string | null; note_revisions: { body: string }[] }[];
  runbooks: unknown[];
}

describe("incident_view", () => {
  it("returns the whole timeline even past 1,000 events, oldest first", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    const c = await admin().connect();
    try {
      await c.query("select set_config('request.jwt.claims', $1, false)", [JSON.stringify({ sub: me.id })]);
      await c.query("select public.add_note($1, 'note ' || g) from generate_series(1, 1005) g", [incident.id]);
    } finally {
      await c.query("select set_config('request.jwt.claims', '', false)");
      c.release();
    }
    const r = await rest<View>(`rpc/incident_view?incident_number=${incident.number}`, { token: me.token });
    expect(r.status).toBe(200);
    expect(r.body.events).toHaveLength(1006);
    expect(r.body.events[0].kind).toBe("declared");
    expect(r.body.events.at(-1)!.body).toBe("note 1005");
    // Notes are not edits of the incident: nobody's open form goes stale because of one.
    expect(r.body.incident.version).toBe(incident.version);
  });

  it("includes each note's history and leaves out the search columns", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    const id = (await rest<number>("rpc/add_note", { token: me.token, method: "POST", body: { incident_id: incident.id, body: "first" } })).body;
    await rest("rpc/edit_note", { token: me.token, method: "POST", body: { event_id: id, body: "second" } });
    const r = await rest<View>(`rpc/incident_view?incident_number=${incident.number}`, { token: me.token });
    const note = r.body.events.find((e) => e.kind === "note")!;
    expect(note.body).toBe("second");
    expect(note.note_revisions.map((x) => x.body)).toEqual(["first"]);
    expect(Object.keys(r.body.incident)).not.toContain("search");
    expect(Object.keys(r.body.incident)).not.toContain("notes_search");
    expect(r.body.runbooks).toEqual([]);
  });

  it("is null for an incident that does not exist, and refused to anon", async () => {
    const me = await createPerson("responder");
    expect((await rest(`rpc/incident_view?incident_number=999999999`, { token: me.token })).body).toBeNull();
    const incident = await declareIncident(me);
    expect((await rest(`rpc/incident_view?incident_number=${incident.number}`, { token: null })).status).toBe(401);
  });
});
