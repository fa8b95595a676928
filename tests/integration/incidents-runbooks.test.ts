// Runbooks attached to an incident: the checklist is stored as attached, ticks are per incident,
// both go on the timeline through its one writer, and nobody writes the tables directly.
import { describe, expect, it } from "vitest";
import { createPerson, declareIncident, incidentEvents, rest, type TestPerson } from "../support/db";

const STEPS = ["Check the health endpoint", "Roll back the deploy", "Watch errors for 15 minutes"];

async function attach(who: TestPerson, incidentId: string, slug = "high-error-rate", steps: unknown = STEPS) {
  return rest<boolean>("rpc/attach_runbook", {
    token: who.token,
    method: "POST",
    body: { incident_id: incidentId, slug, title: "High error rate", steps },
  });
}
const tick = (who: TestPerson | null, incidentId: string, step: number, ticked: boolean, slug = "high-error-rate") =>
  rest("rpc/tick_runbook_step", {
    token: who?.token ?? null,
    method: "POST",
    body: { incident_id: incidentId, slug, step, ticked },
  });

describe("attaching a runbook to an incident", () => {
  it("stores the checklist as attached and tells the timeline once, even if attached twice", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    expect((await attach(me, incident.id)).body).toBe(true);
    expect((await attach(me, incident.id, "high-error-rate", ["a different list"])).body).toBe(false);

    const stored = await rest<{ steps: string[]; attached_by: string }[]>(
      `incident_runbooks?incident_id=eq.${incident.id}&select=steps,attached_by`,
      { token: me.token },
    );
    expect(stored.body).toEqual([{ steps: STEPS, attached_by: me.id }]);
    const events = (await incidentEvents(incident.id)).filter((e) => e.kind === "runbook_attached");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_id: me.id, data: { slug: "high-error-rate", steps: 3 } });
  });

  it("refuses steps that are not a list of texts, and an incident that does not exist (404)", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    expect((await attach(me, incident.id, "x", [1, 2])).status).toBe(400);
    expect((await attach(me, incident.id, "x", { not: "a list" })).status).toBe(400);
    expect((await attach(me, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("ticking checklist steps", () => {
  it("records who ticked which step, on the timeline with the step's text; unticking too", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    await attach(me, incident.id);
    expect((await tick(me, incident.id, 1, true)).status).toBe(204);
    expect((await tick(me, incident.id, 1, true)).status).toBe(204); // again: no second event

    const ticks = await rest<{ step: number; ticked_by: string }[]>(
      `runbook_step_ticks?incident_id=eq.${incident.id}&select=step,ticked_by`,
      { token: me.token },
    );
    expect(ticks.body).toEqual([{ step: 1, ticked_by: me.id }]);

    await tick(me, incident.id, 1, false);
    const steps = (await incidentEvents(incident.id)).filter((e) => e.kind === "runbook_step");
    expect(steps.map((e) => e.data)).toEqual([
      expect.objectContaining({ step: 1, text: "Roll back the deploy", ticked: true }),
      expect.objectContaining({ step: 1, text: "Roll back the deploy", ticked: false }),
    ]);
  });

  it("keeps ticks per incident: the same runbook on another incident starts clean", async () => {
    const me = await createPerson("responder");
    const [a, b] = [await declareIncident(me), await declareIncident(me)];
    await attach(me, a.id);
    await attach(me, b.id);
    await tick(me, a.id, 0, true);
    const onB = await rest<unknown[]>(`runbook_step_ticks?incident_id=eq.${b.id}`, { token: me.token });
    expect(onB.body).toEqual([]);
  });

  it("refuses a step outside the attached checklist and a runbook not attached (404)", async () => {
    const me = await createPerson("responder");
    const incident = await declareIncident(me);
    await attach(me, incident.id);
    expect((await tick(me, incident.id, 3, true)).status).toBe(404);
    expect((await tick(me, incident.id, 0, true, "not-attached")).status).toBe(404);
  });

  it("lets nobody write the tables directly, and anon do nothing at all", async () => {
    const me = await createPerson("admin");
    const incident = await declareIncident(me);
    await attach(me, incident.id);
    const direct = await rest("runbook_step_ticks", {
      token: me.token,
      method: "POST",
      body: { incident_id: incident.id, slug: "high-error-rate", step: 0 },
    });
    expect(direct.status).toBe(403);
    const forged = await rest("incident_runbooks", {
      token: me.token,
      method: "POST",
      body: { incident_id: incident.id, slug: "forged", title: "x", steps: [] },
    });
    expect(forged.status).toBe(403);
    expect((await tick(null, incident.id, 0, true)).status).toBe(401);
    expect((await rest(`incident_runbooks?incident_id=eq.${incident.id}`, { token: null })).status).toBe(401);
  });
});
