// The incident timeline has one writer: every change to an incident, made through PostgREST as a
// signed-in person, must appear as exactly the events it implies (who, what, old → new), and the
// timeline RPCs (notes, stakeholder updates, pins, acknowledge) must keep their rules. Also the
// rules that keep an incident's key times and references consistent.
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
  rest,
  type ApiIncident,
  type EventRow,
  type TestPerson,
} from "../support/db";

const REPR = "return=representation";

const patch = (who: { token: string }, id: string, body: Record<string, unknown>) =>
  rest<ApiIncident[]>(`incidents?id=eq.${id}&select=${INCIDENT_SELECT}`, { token: who.token, method: "PATCH", body, prefer: REPR });

/** PATCH that must succeed on exactly this row; returns the new row. */
async function update(who: { token: string }, id: string, body: Record<string, unknown>): Promise<ApiIncident> {
  const r = await patch(who, id, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body).toHaveLength(1);
  return r.body[0];
}

const rpc = <T = unknown>(who: { token: string }, fn: string, body: Record<string, unknown>) =>
  rest<T>(`rpc/${fn}`, { token: who.token, method: "POST", body });

/** The events written after `before` (the timeline before the action). */
async function newEvents(incidentId: string, before: EventRow[]): Promise<EventRow[]> {
  const seen = new Set(before.map((e) => e.id));
  return (await incidentEvents(incidentId)).filter((e) => !seen.has(e.id));
}

/** What a test cares about in an event. */
const shape = (e: EventRow) => ({ kind: e.kind, actor_id: e.actor_id, data: e.data, body: e.body });

const iso = (d: Date) => d.toISOString();
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const sameInstant = (a: unknown, b: unknown) => new Date(a as string).getTime() === new Date(b as string).getTime();

// A few people made once for the file: consecutive calls for a role give different people, so a
// test asking for a declarer and an editor gets two.
const cast: Record<AppRole, TestPerson[]> = { responder: [], lead: [], admin: [] };
const turn: Record<AppRole, number> = { responder: 0, lead: 0, admin: 0 };
async function person(role: AppRole): Promise<TestPerson> {
  return cast[role][turn[role]++ % cast[role].length];
}

let seededServices: Record<string, string>;
beforeAll(async () => {
  const made = await Promise.all(
    (["responder", "responder", "responder", "responder", "lead", "lead", "admin", "admin"] as const).map((r) => createPerson(r)),
  );
  for (const p of made) cast[p.role].push(p);
  const { rows } = await admin().query<{ slug: string; id: string }>("select slug, id from public.services where slug in ('api', 'web', 'auth')");
  seededServices = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
});

async function noteOn(incidentId: string, author: TestPerson, body = `note ${randomUUID()}`): Promise<string> {
  const r = await rpc<number>(author, "add_note", { incident_id: incidentId, body });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return String(r.body);
}

/** Refused as "no such …": a 404 with code P0002 (raised through PostgREST's PGRST sqlstate). */
function expectNoSuch(r: { status: number; body: unknown }, message: string) {
  expect(r.status).toBe(404);
  expect(r.body).toMatchObject({ code: "P0002", message });
}

const eventRow = async (id: string) =>
  (
    await admin().query<EventRow>(
      "select id, incident_id, at, actor_id, kind, data, body, pinned, edited_at, deleted_at from public.incident_events where id = $1",
      [id],
    )
  ).rows[0];
const revisions = async (eventId: string) =>
  (await admin().query<{ body: string; replaced_by: string | null }>(
    "select body, replaced_by from public.note_revisions where event_id = $1 order by replaced_at, id",
    [eventId],
  )).rows;

describe("timeline: declaring", () => {
  it("declaring writes exactly one `declared` event, by the declarer, with title, severity, status and drill", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { title: "Card payments failing", severity: "P1", drill: true });
    const events = await incidentEvents(incident.id);
    expect(events.map(shape)).toEqual([
      { kind: "declared", actor_id: me.id, data: { title: "Card payments failing", severity: "P1", status: "investigating", drill: true }, body: null },
    ]);
  });
});

describe("timeline: every change becomes an event, old → new, by who made it", () => {
  it("a status move writes one `status` event", async () => {
    const declarer = await person("responder");
    const me = await person("lead");
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    await update(me, incident.id, { status: "identified" });
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "status", actor_id: me.id, data: { from: "investigating", to: "identified" }, body: null },
    ]);
  });

  it("a severity change writes one `severity` event", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer, { severity: "P3" });
    const before = await incidentEvents(incident.id);
    await update(me, incident.id, { severity: "P0" });
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "severity", actor_id: me.id, data: { from: "P3", to: "P0" }, body: null },
    ]);
  });

  it("title, summary, drill and services write one `field` event each", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer, { title: "Old title", service_ids: [seededServices.api] });
    const before = await incidentEvents(incident.id);
    await update(me, incident.id, {
      title: "New title",
      summary: "Now we know more.",
      drill: true,
      service_ids: [seededServices.web, seededServices.api],
    });
    const sortedServices = [seededServices.web, seededServices.api].sort();
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "field", actor_id: me.id, data: { field: "title", from: "Old title", to: "New title" }, body: null },
      { kind: "field", actor_id: me.id, data: { field: "summary", from: "", to: "Now we know more." }, body: null },
      { kind: "field", actor_id: me.id, data: { field: "drill", from: false, to: true }, body: null },
      { kind: "field", actor_id: me.id, data: { field: "service_ids", from: [seededServices.api], to: sortedServices }, body: null },
    ]);
  });

  it("services are stored once each and sorted, so the same set in another order writes no event", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { service_ids: [seededServices.web, seededServices.api, seededServices.web] });
    expect(incident.service_ids).toEqual([seededServices.web, seededServices.api].sort());
    const before = await incidentEvents(incident.id);
    await update(me, incident.id, { service_ids: [...incident.service_ids].reverse() });
    expect(await newEvents(incident.id, before)).toEqual([]);
  });

  it("commander, comms lead and scribe write one `role` event each (set, changed and cleared)", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const [comms, scribe, commander] = await Promise.all([person("responder"), person("responder"), person("lead")]);
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    await update(me, incident.id, { commander_id: commander.id, comms_lead_id: comms.id, scribe_id: scribe.id });
    const mid = await incidentEvents(incident.id);
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "role", actor_id: me.id, data: { role: "commander_id", from: declarer.id, to: commander.id }, body: null },
      { kind: "role", actor_id: me.id, data: { role: "comms_lead_id", from: null, to: comms.id }, body: null },
      { kind: "role", actor_id: me.id, data: { role: "scribe_id", from: null, to: scribe.id }, body: null },
    ]);
    await update(me, incident.id, { scribe_id: null });
    expect((await newEvents(incident.id, mid)).map(shape)).toEqual([
      { kind: "role", actor_id: me.id, data: { role: "scribe_id", from: scribe.id, to: null }, body: null },
    ]);
  });

  it("editing key times writes one `key_time` event each", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { started_at: iso(minutesAgo(60)), detected_at: iso(minutesAgo(50)) });
    const before = await incidentEvents(incident.id);
    const changes = { started_at: iso(minutesAgo(70)), detected_at: iso(minutesAgo(45)), declared_at: iso(minutesAgo(40)) };
    await update(me, incident.id, changes);
    const events = await newEvents(incident.id, before);
    expect(events.map((e) => [e.kind, e.actor_id, e.data.field])).toEqual([
      ["key_time", me.id, "started_at"],
      ["key_time", me.id, "detected_at"],
      ["key_time", me.id, "declared_at"],
    ]);
    for (const e of events) {
      const field = e.data.field as keyof typeof changes;
      expect(sameInstant(e.data.from, incident[field]), `${field} from`).toBe(true);
      expect(sameInstant(e.data.to, changes[field]), `${field} to`).toBe(true);
    }
    // Correcting a time a status move set is a key_time event too.
    await update(me, incident.id, { status: "monitoring" });
    const mid = await incidentEvents(incident.id);
    const mitigated = iso(minutesAgo(5));
    await update(me, incident.id, { mitigated_at: mitigated, acknowledged_at: iso(minutesAgo(30)) });
    const later = await newEvents(incident.id, mid);
    expect(later.map((e) => [e.kind, e.data.field ?? null])).toEqual([
      ["acknowledged", null],
      ["key_time", "mitigated_at"],
    ]);
    expect(sameInstant(later[1].data.to, mitigated)).toBe(true);
  });

  it("an update that changes nothing writes no event and keeps the version (no false conflicts)", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { title: "Same" });
    const before = await incidentEvents(incident.id);
    const after = await update(me, incident.id, { title: "Same", severity: incident.severity });
    expect(after.version).toBe(incident.version);
    expect(await newEvents(incident.id, before)).toEqual([]);
  });

  it("version goes up by exactly 1 per update, whatever the update", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    expect(incident.version).toBe(1);
    const versions = [];
    for (const change of [{ title: "Two" }, { status: "identified", severity: "P1", summary: "three" }, { drill: true }]) {
      versions.push((await update(me, incident.id, change)).version);
    }
    const acked = await rpc<ApiIncident>(me, "acknowledge_incident", { incident_id: incident.id });
    versions.push(acked.body.version);
    expect(versions).toEqual([2, 3, 4, 5]);
    expect(await incidentRow(incident.id)).toMatchObject({ version: 5 });
  });
});

describe("timeline: status moves set key times", () => {
  it("moving to monitoring sets mitigated_at (now), with only a `status` event", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const before = await incidentEvents(incident.id);
    const t0 = Date.now();
    const after = await update(me, incident.id, { status: "monitoring" });
    expect(after.mitigated_at).not.toBeNull();
    expect(new Date(after.mitigated_at!).getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(new Date(after.mitigated_at!).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(after).toMatchObject({ resolved_at: null, acknowledged_at: null });
    expect((await newEvents(incident.id, before)).map((e) => e.kind)).toEqual(["status"]);
  });

  it("resolving sets resolved_at, mitigated_at and acknowledged_at/by when empty, with only a `status` event", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    const after = await update(me, incident.id, { status: "resolved" });
    expect(after).toMatchObject({ status: "resolved", is_open: false, acknowledged_by: me.id });
    expect(after.resolved_at).not.toBeNull();
    expect(after.mitigated_at).not.toBeNull();
    expect(after.acknowledged_at).not.toBeNull();
    expect(new Date(after.resolved_at!).getTime()).toBeGreaterThanOrEqual(new Date(after.mitigated_at!).getTime());
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "status", actor_id: me.id, data: { from: "investigating", to: "resolved" }, body: null },
    ]);
  });

  it("resolving keeps an acknowledgement and a mitigation already made", async () => {
    const me = await person("responder");
    const acker = await person("responder");
    const incident = await declareIncident(me, { started_at: iso(minutesAgo(30)), detected_at: iso(minutesAgo(20)) });
    const acked = (await rpc<ApiIncident>(acker, "acknowledge_incident", { incident_id: incident.id })).body;
    const mitigated = await update(me, incident.id, { status: "monitoring" });
    const resolved = await update(me, incident.id, { status: "resolved" });
    expect(resolved.acknowledged_at).toBe(acked.acknowledged_at);
    expect(resolved.acknowledged_by).toBe(acker.id);
    expect(resolved.mitigated_at).toBe(mitigated.mitigated_at);
  });

  it("reopening clears resolved_at (keeps mitigated_at), with only a `status` event", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const resolved = await update(me, incident.id, { status: "resolved" });
    const before = await incidentEvents(incident.id);
    const reopened = await update(me, incident.id, { status: "identified" });
    expect(reopened).toMatchObject({ status: "identified", is_open: true, resolved_at: null, mitigated_at: resolved.mitigated_at });
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "status", actor_id: me.id, data: { from: "resolved", to: "identified" }, body: null },
    ]);
  });
});

describe("timeline: acknowledging", () => {
  it("acknowledge_incident sets acknowledged_at/by once and writes one `acknowledged` event; a second call changes nothing", async () => {
    const declarer = await person("responder");
    const first = await person("responder");
    const second = await person("lead");
    const incident = await declareIncident(declarer);
    const r1 = await rpc<ApiIncident>(first, "acknowledge_incident", { incident_id: incident.id });
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ id: incident.id, acknowledged_by: first.id, version: 2 });
    expect(r1.body.acknowledged_at).not.toBeNull();
    const afterFirst = await incidentEvents(incident.id);
    expect(afterFirst.map(shape)).toEqual([
      expect.objectContaining({ kind: "declared" }),
      { kind: "acknowledged", actor_id: first.id, data: { to: expect.any(String) }, body: null },
    ]);
    expect(sameInstant(afterFirst[1].data.to, r1.body.acknowledged_at)).toBe(true);
    const r2 = await rpc<ApiIncident>(second, "acknowledge_incident", { incident_id: incident.id });
    expect(r2.status).toBe(200);
    expect(r2.body).toMatchObject({ acknowledged_at: r1.body.acknowledged_at, acknowledged_by: first.id, version: 2 });
    expect(await incidentEvents(incident.id)).toEqual(afterFirst);
  });

  it("acknowledging by editing acknowledged_at records who did it, with an `acknowledged` event", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    const after = await update(me, incident.id, { acknowledged_at: incident.declared_at });
    expect(after).toMatchObject({ acknowledged_at: incident.declared_at, acknowledged_by: me.id });
    expect((await newEvents(incident.id, before)).map(shape)).toEqual([
      { kind: "acknowledged", actor_id: me.id, data: { to: expect.any(String) }, body: null },
    ]);
  });
});

describe("timeline: a status move together with other key-time edits", () => {
  it("a move to resolved with an explicit mitigation time keeps that time", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { started_at: iso(minutesAgo(60)), detected_at: iso(minutesAgo(30)) });
    const mitigated = iso(minutesAgo(10));
    const after = await update(me, incident.id, { status: "resolved", mitigated_at: mitigated });
    expect(sameInstant(after.mitigated_at, mitigated)).toBe(true);
  });

  // BUG in the migration: after_incident_write skips the `acknowledged` event whenever the status
  // moved, and skips acknowledged_at/mitigated_at key_time events too, on the assumption that the
  // status move set them. Only monitoring/resolved set them; a move to `identified` that also
  // acknowledges (or sets mitigated_at) leaves no trace of that on the timeline. Flip to `it` once fixed.
  it("acknowledging in the same edit as a move to identified writes an `acknowledged` event", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    const after = await update(me, incident.id, { status: "identified", acknowledged_at: incident.declared_at });
    expect(after).toMatchObject({ acknowledged_at: incident.declared_at, acknowledged_by: me.id });
    expect((await newEvents(incident.id, before)).map((e) => e.kind).sort()).toEqual(["acknowledged", "status"]);
  });
});

describe("timeline: notes", () => {
  it.each(["responder", "lead", "admin"] as const)("a %s adds a note to someone else's incident", async (role) => {
    const declarer = await person("responder");
    const me = await person(role);
    const incident = await declareIncident(declarer);
    const r = await rpc<number>(me, "add_note", { incident_id: incident.id, body: "Rolled back the deploy." });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(expect.any(Number));
    const note = await eventRow(String(r.body));
    expect(shape(note)).toEqual({ kind: "note", actor_id: me.id, data: {}, body: "Rolled back the deploy." });
    expect(note).toMatchObject({ incident_id: incident.id, pinned: false, edited_at: null, deleted_at: null });
  });

  it.each([
    ["an empty", ""],
    ["a blank", "   "],
    ["a null", null],
  ])("%s note is refused (400, 23514); nothing is written", async (_what, body) => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const before = await incidentEvents(incident.id);
    const r = await rpc(me, "add_note", { incident_id: incident.id, body });
    expect(r).toEqual({ status: 400, body: { code: "23514", details: null, hint: null, message: "a note needs some text" } });
    expect(await incidentEvents(incident.id)).toEqual(before);
  });

  // BUG in the migration: btrim(body) strips only spaces, so a note of newlines and tabs passes the
  // "needs some text" check (titles have the same gap: btrim(title) in incidents_title_check).
  // Flip to `it` once fixed (e.g. btrim(body, E' \t\r\n') or body !~ '\S').
  it("a note of only newlines and tabs is refused (400, 23514); nothing is written", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const before = await incidentEvents(incident.id);
    const r = await rpc(me, "add_note", { incident_id: incident.id, body: "\n\t\n" });
    expect(r).toMatchObject({ status: 400, body: { code: "23514" } });
    expect(await incidentEvents(incident.id)).toEqual(before);
  });

  it("a note or stakeholder update on an incident that does not exist is refused (P0002)", async () => {
    const me = await person("responder");
    const missing = randomUUID();
    expectNoSuch(await rpc(me, "add_note", { incident_id: missing, body: "Hello?" }), "no such incident");
    expectNoSuch(await rpc(me, "record_stakeholder_update", { incident_id: missing, channel: "customer", body: "Hello?" }), "no such incident");
    expect((await admin().query("select 1 from public.incident_events where incident_id = $1", [missing])).rowCount).toBe(0);
  });

  it("a note longer than 20,000 characters is refused (400, 23514)", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const r = await rpc(me, "add_note", { incident_id: incident.id, body: "x".repeat(20_001) });
    expect(r).toMatchObject({ status: 400, body: { code: "23514", message: expect.stringContaining("incident_events_body_check") } });
  });

  it("only its author edits a note (someone else: 403, 42501); an edit keeps the old text in note_revisions", async () => {
    const author = await person("responder");
    const other = await person("admin");
    const incident = await declareIncident(author);
    const noteId = await noteOn(incident.id, author, "Original text");
    const refused = await rpc(other, "edit_note", { event_id: Number(noteId), body: "Not yours" });
    expect(refused).toEqual({ status: 403, body: { code: "42501", details: null, hint: null, message: "only its author can change a note" } });
    expect(await eventRow(noteId)).toMatchObject({ body: "Original text", edited_at: null });
    expect(await revisions(noteId)).toEqual([]);

    const ok = await rpc(author, "edit_note", { event_id: Number(noteId), body: "Corrected text" });
    expect(ok).toEqual({ status: 204, body: null });
    const ok2 = await rpc(author, "edit_note", { event_id: Number(noteId), body: "Corrected again" });
    expect(ok2.status).toBe(204);
    const note = await eventRow(noteId);
    expect(note).toMatchObject({ body: "Corrected again", actor_id: author.id, deleted_at: null });
    expect(note.edited_at).toBeInstanceOf(Date);
    expect(await revisions(noteId)).toEqual([
      { body: "Original text", replaced_by: author.id },
      { body: "Corrected text", replaced_by: author.id },
    ]);
  });

  it("editing a note to the same text keeps no revision; editing to blank is refused (400, 23514)", async () => {
    const author = await person("responder");
    const incident = await declareIncident(author);
    const noteId = await noteOn(incident.id, author, "Same text");
    expect((await rpc(author, "edit_note", { event_id: Number(noteId), body: "Same text" })).status).toBe(204);
    expect(await revisions(noteId)).toEqual([]);
    expect(await eventRow(noteId)).toMatchObject({ edited_at: null });
    const blank = await rpc(author, "edit_note", { event_id: Number(noteId), body: "   " });
    expect(blank).toMatchObject({ status: 400, body: { code: "23514" } });
    expect(await eventRow(noteId)).toMatchObject({ body: "Same text" });
  });

  it("only a note can be edited or deleted, even by the event's actor: a `declared` event is not a note (P0002)", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const [declared] = await incidentEvents(incident.id);
    expect(declared.actor_id).toBe(me.id);
    expectNoSuch(await rpc(me, "edit_note", { event_id: Number(declared.id), body: "rewrite history" }), "no such note");
    expectNoSuch(await rpc(me, "delete_note", { event_id: Number(declared.id) }), "no such note");
    expect(await eventRow(declared.id)).toEqual(declared);
  });

  it("only its author deletes a note (someone else: 403, 42501); delete keeps the row, clears body and pin, and keeps the text in note_revisions", async () => {
    const author = await person("responder");
    const other = await person("admin");
    const incident = await declareIncident(author);
    const noteId = await noteOn(incident.id, author, "Soon gone");
    expect((await rpc(other, "pin_event", { event_id: Number(noteId), pinned: true })).status).toBe(204);

    const refused = await rpc(other, "delete_note", { event_id: Number(noteId) });
    expect(refused).toEqual({ status: 403, body: { code: "42501", details: null, hint: null, message: "only its author can delete a note" } });
    expect(await eventRow(noteId)).toMatchObject({ body: "Soon gone", deleted_at: null, pinned: true });

    expect(await rpc(author, "delete_note", { event_id: Number(noteId) })).toEqual({ status: 204, body: null });
    const note = await eventRow(noteId);
    expect(note).toMatchObject({ kind: "note", body: null, pinned: false, actor_id: author.id });
    expect(note.deleted_at).toBeInstanceOf(Date);
    expect(await revisions(noteId)).toEqual([{ body: "Soon gone", replaced_by: author.id }]);

    // A deleted note cannot be edited, deleted again or pinned.
    expectNoSuch(await rpc(author, "edit_note", { event_id: Number(noteId), body: "back" }), "no such note");
    expectNoSuch(await rpc(author, "delete_note", { event_id: Number(noteId) }), "no such note");
    expectNoSuch(await rpc(other, "pin_event", { event_id: Number(noteId), pinned: true }), "no such event");
    expect(await eventRow(noteId)).toMatchObject({ body: null, pinned: false });
    expect(await revisions(noteId)).toHaveLength(1);
  });
});

describe("timeline: pins and stakeholder updates", () => {
  it("anyone signed in pins and unpins any event", async () => {
    const declarer = await person("responder");
    const me = await person("responder");
    const incident = await declareIncident(declarer);
    const noteId = await noteOn(incident.id, declarer);
    const [declared] = await incidentEvents(incident.id);
    for (const id of [noteId, declared.id]) {
      expect(await rpc(me, "pin_event", { event_id: Number(id), pinned: true })).toEqual({ status: 204, body: null });
      expect(await eventRow(id)).toMatchObject({ pinned: true });
    }
    expect((await rpc(me, "pin_event", { event_id: Number(noteId), pinned: false })).status).toBe(204);
    expect(await eventRow(noteId)).toMatchObject({ pinned: false });
    expectNoSuch(await rpc(me, "pin_event", { event_id: 9_000_000_000, pinned: true }), "no such event");
  });

  it.each(["status_page", "customer"])("record_stakeholder_update on %s writes a `stakeholder_update` event with {channel} and the body", async (channel) => {
    const declarer = await person("responder");
    const me = await person("lead");
    const incident = await declareIncident(declarer);
    const before = await incidentEvents(incident.id);
    const r = await rpc<number>(me, "record_stakeholder_update", { incident_id: incident.id, channel, body: "We are investigating." });
    expect(r.status).toBe(200);
    const events = await newEvents(incident.id, before);
    expect(events.map(shape)).toEqual([{ kind: "stakeholder_update", actor_id: me.id, data: { channel }, body: "We are investigating." }]);
    expect(events[0].id).toBe(String(r.body));
  });

  it.each([
    ["an unknown channel", { channel: "twitter", body: "Hi" }, { status: 400, body: { code: "22023", details: null, hint: null, message: "unknown channel" } }],
    ["an empty body", { channel: "customer", body: " " }, { status: 400, body: { code: "23514", details: null, hint: null, message: "an update needs some text" } }],
  ])("a stakeholder update with %s is refused; nothing is written", async (_what, args, expected) => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const before = await incidentEvents(incident.id);
    expect(await rpc(me, "record_stakeholder_update", { incident_id: incident.id, ...args })).toEqual(expected);
    expect(await incidentEvents(incident.id)).toEqual(before);
  });

  // BUG in the migration: `if channel not in (...)` is NULL (not true) for a null channel, so the
  // check passes and an event with data {"channel": null} is written. Flip to `it` once fixed.
  it("a stakeholder update with no channel is refused (400, 22023); nothing is written", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me);
    const before = await incidentEvents(incident.id);
    const r = await rpc(me, "record_stakeholder_update", { incident_id: incident.id, channel: null, body: "Where does this go?" });
    expect(r).toMatchObject({ status: 400, body: { code: "22023" } });
    expect(await incidentEvents(incident.id)).toEqual(before);
  });
});

describe("incident rules: key times in an impossible order are refused (400, 23514, constraint named)", () => {
  const refused = (constraint: string) => ({
    status: 400,
    body: { code: "23514", details: null, hint: null, message: `new row for relation "incidents" violates check constraint "${constraint}"` },
  });

  it.each([
    ["impact started after it was detected", { started_at: iso(minutesAgo(5)), detected_at: iso(minutesAgo(10)) }, "detected_not_before_started"],
    ["detection after the declaration", { detected_at: iso(new Date(Date.now() + 3_600_000)) }, "declared_not_before_detected"],
  ])("declaring with %s", async (_what, fields, constraint) => {
    const me = await person("responder");
    const title = `Bad times ${randomUUID()}`;
    const r = await rest("incidents", { token: me.token, method: "POST", body: { title, severity: "P2", ...fields }, prefer: REPR });
    expect(r).toEqual(refused(constraint));
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);
  });

  it.each([
    ["detected before started", false, (i: ApiIncident) => ({ detected_at: shift(i.started_at, -60) }), "detected_not_before_started"],
    ["started after detected", false, (i: ApiIncident) => ({ started_at: shift(i.detected_at, 60) }), "detected_not_before_started"],
    ["declared before detected", false, (i: ApiIncident) => ({ declared_at: shift(i.detected_at, -60) }), "declared_not_before_detected"],
    ["acknowledged before declared", false, (i: ApiIncident) => ({ acknowledged_at: shift(i.declared_at, -60) }), "acknowledged_not_before_declared"],
    ["mitigated before started", false, (i: ApiIncident) => ({ mitigated_at: shift(i.started_at, -60) }), "mitigated_not_before_started"],
    ["resolved before declared", true, (i: ApiIncident) => ({ resolved_at: shift(i.declared_at, -60) }), "resolved_not_before_declared"],
    ["resolved before mitigated", true, (i: ApiIncident) => ({ resolved_at: shift(i.mitigated_at!, -600) }), "resolved_not_before_mitigated"],
    [
      "declared after resolved",
      true,
      (i: ApiIncident) => ({ declared_at: shift(i.resolved_at!, 3600), acknowledged_at: null }),
      "resolved_not_before_declared",
    ],
    ["a resolved time on an open incident", false, () => ({ resolved_at: new Date().toISOString() }), "resolved_time_matches_status"],
    ["no resolved time on a resolved incident", true, () => ({ resolved_at: null }), "resolved_time_matches_status"],
  ])("editing to %s", async (_what, resolve, change, constraint) => {
    const me = await person("responder");
    // Impact 60, detection 30, declaration 20 minutes ago; resolving now leaves room between them.
    let incident = await declareIncident(me, { started_at: iso(minutesAgo(60)), detected_at: iso(minutesAgo(30)) });
    incident = await update(me, incident.id, { declared_at: iso(minutesAgo(20)) });
    if (resolve) incident = await update(me, incident.id, { status: "resolved" });
    const before = await incidentRow(incident.id);
    const events = await incidentEvents(incident.id);
    const r = await patch(me, incident.id, change(incident));
    expect(r).toEqual(refused(constraint));
    expect(await incidentRow(incident.id)).toEqual(before);
    expect(await incidentEvents(incident.id)).toEqual(events);
  });
});

function shift(at: string, seconds: number): string {
  return new Date(new Date(at).getTime() + seconds * 1000).toISOString();
}

describe("incident rules: references and sizes", () => {
  const fk = (message: string) => ({ status: 409, body: expect.objectContaining({ code: "23503", message }) });

  it.each([
    ["an unknown severity", { severity: "P9" }, 'insert or update on table "incidents" violates foreign key constraint "incidents_severity_fkey"'],
    ["an unknown service", () => ({ service_ids: [seededServices.api, randomUUID()] }), "unknown service"],
    ["an unknown commander", { commander_id: "t-nobody" }, 'insert or update on table "incidents" violates foreign key constraint "incidents_commander_id_fkey"'],
    ["an unknown comms lead", { comms_lead_id: "t-nobody" }, 'insert or update on table "incidents" violates foreign key constraint "incidents_comms_lead_id_fkey"'],
    ["an unknown scribe", { scribe_id: "t-nobody" }, 'insert or update on table "incidents" violates foreign key constraint "incidents_scribe_id_fkey"'],
  ])("declaring or editing with %s is refused (409, 23503)", async (_what, fieldsOrFn, message) => {
    const fields = typeof fieldsOrFn === "function" ? fieldsOrFn() : fieldsOrFn;
    const me = await person("responder");
    const title = `Bad reference ${randomUUID()}`;
    const declared = await rest("incidents", { token: me.token, method: "POST", body: { title, severity: "P2", ...fields }, prefer: REPR });
    expect(declared).toEqual(fk(message));
    expect((await admin().query("select 1 from public.incidents where title = $1", [title])).rowCount).toBe(0);

    const incident = await declareIncident(me);
    const before = await incidentRow(incident.id);
    expect(await patch(me, incident.id, fields)).toEqual(fk(message));
    expect(await incidentRow(incident.id)).toEqual(before);
  });

  it.each([
    ["a title of 10,000 characters", { title: "t".repeat(10_000) }, "incidents_title_check"],
    ["a title of 201 characters", { title: "t".repeat(201) }, "incidents_title_check"],
    ["a blank title", { title: "   " }, "incidents_title_check"],
    ["a summary over 20,000 characters", { summary: "s".repeat(20_001) }, "incidents_summary_check"],
  ])("declaring or editing with %s is refused (400, 23514)", async (_what, fields, constraint) => {
    const me = await person("responder");
    const expected = {
      status: 400,
      body: expect.objectContaining({ code: "23514", message: `new row for relation "incidents" violates check constraint "${constraint}"` }),
    };
    expect(await rest("incidents", { token: me.token, method: "POST", body: { title: "ok", severity: "P2", ...fields }, prefer: REPR })).toEqual(
      expected,
    );
    const incident = await declareIncident(me);
    const before = await incidentRow(incident.id);
    expect(await patch(me, incident.id, fields)).toEqual(expected);
    expect(await incidentRow(incident.id)).toEqual(before);
  });

  it("a title of exactly 200 characters is accepted", async () => {
    const me = await person("responder");
    const incident = await declareIncident(me, { title: "t".repeat(200) });
    expect(incident.title).toHaveLength(200);
  });
});
