// No lost updates: every edit names the version it started from (`version=eq.N` in the PATCH
// filter), so of many people saving at once exactly one wins and the others match no row, and
// the timeline tells only the winner's change. Real concurrency: all requests are in flight
// through PostgREST's pool before any answers.
import { describe, expect, it } from "vitest";
import {
  createPerson,
  declareIncident,
  INCIDENT_SELECT,
  incidentEvents,
  incidentRow,
  rest,
  type ApiIncident,
  type TestPerson,
} from "../support/db";

const REPR = "return=representation";
const PEOPLE = 50;

const patchAt = (who: TestPerson, id: string, version: number, body: Record<string, unknown>) =>
  rest<ApiIncident[]>(`incidents?id=eq.${id}&version=eq.${version}&select=${INCIDENT_SELECT}`, {
    token: who.token,
    method: "PATCH",
    body,
    prefer: REPR,
  });

describe("incidents: optimistic concurrency", () => {
  it(`${PEOPLE} people saving the same version at once: exactly one wins, the others match no row, one title event`, async () => {
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => createPerson("responder")));
    const incident = await declareIncident(people[0], { title: "Before the race" });
    const n = incident.version;
    const eventsBefore = await incidentEvents(incident.id);

    const titles = people.map((_, i) => `Title from editor ${i}`);
    const responses = await Promise.all(people.map((p, i) => patchAt(p, incident.id, n, { title: titles[i] })));

    expect(responses.map((r) => r.status)).toEqual(Array(PEOPLE).fill(200));
    const winners = responses.flatMap((r, i) => (r.body.length > 0 ? [i] : []));
    expect(winners).toHaveLength(1);
    const w = winners[0];
    expect(responses.filter((r) => r.body.length === 0)).toHaveLength(PEOPLE - 1);
    expect(responses[w].body).toEqual([expect.objectContaining({ id: incident.id, title: titles[w], version: n + 1, updated_by: people[w].id })]);

    expect(await incidentRow(incident.id)).toMatchObject({ title: titles[w], version: n + 1, updated_by: people[w].id });
    const events = (await incidentEvents(incident.id)).slice(eventsBefore.length);
    expect(events.map((e) => ({ kind: e.kind, actor_id: e.actor_id, data: e.data }))).toEqual([
      { kind: "field", actor_id: people[w].id, data: { field: "title", from: "Before the race", to: titles[w] } },
    ]);
  });

  it("a stale edit after a successful one matches no row (200, []) and changes nothing", async () => {
    const [alice, bob] = await Promise.all([createPerson("responder"), createPerson("lead")]);
    const incident = await declareIncident(alice, { title: "Original" });
    const first = await patchAt(alice, incident.id, incident.version, { title: "Alice's edit" });
    expect(first.body).toEqual([expect.objectContaining({ title: "Alice's edit", version: incident.version + 1 })]);
    const events = await incidentEvents(incident.id);
    const row = await incidentRow(incident.id);

    // Bob opened the form before Alice saved.
    const stale = await patchAt(bob, incident.id, incident.version, { title: "Bob's edit", severity: "P0" });
    expect(stale).toEqual({ status: 200, body: [] });
    expect(await incidentRow(incident.id)).toEqual(row);
    expect(await incidentEvents(incident.id)).toEqual(events);

    // With the version he now reads, his edit goes through.
    const fresh = await patchAt(bob, incident.id, incident.version + 1, { title: "Bob's edit" });
    expect(fresh.body).toEqual([expect.objectContaining({ title: "Bob's edit", version: incident.version + 2, updated_by: bob.id })]);
  });

  it("many people acknowledging at once: acknowledged once, by one of them, with one `acknowledged` event", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => createPerson("responder")));
    const incident = await declareIncident(people[0]);
    const responses = await Promise.all(
      people.map((p) => rest<ApiIncident>("rpc/acknowledge_incident", { token: p.token, method: "POST", body: { incident_id: incident.id } })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(people.length).fill(200));
    const row = await incidentRow(incident.id);
    expect(row).toMatchObject({ version: 2 });
    expect(people.map((p) => p.id)).toContain(row!.acknowledged_by);
    // Every caller is told the same, single acknowledgement.
    expect(new Set(responses.map((r) => `${r.body.acknowledged_at} ${r.body.acknowledged_by}`)).size).toBe(1);
    const acks = (await incidentEvents(incident.id)).filter((e) => e.kind === "acknowledged");
    expect(acks.map((e) => e.actor_id)).toEqual([row!.acknowledged_by]);
  });
});
