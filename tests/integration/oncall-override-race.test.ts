// Two conflicting overrides arriving at the same instant through PostgREST: the exclusion
// constraint lets exactly one in (201) and refuses the other (409, 23P01), every time. Two that do
// not conflict both get in. A check-then-insert would let both through when the checks interleave.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

const ROUNDS = 10;
let lead: TestPerson;
let ana: TestPerson;
let ben: TestPerson;
let cai: TestPerson;
beforeAll(async () => {
  [lead, ana, ben, cai] = await Promise.all([
    createPerson("lead", "Race lead"),
    createPerson("responder", "Race Ana"),
    createPerson("responder", "Race Ben"),
    createPerson("responder", "Race Cai"),
  ]);
});

async function arrangeRotation(): Promise<string> {
  const { rows } = await admin().query(
    `insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date)
     values ($1, 'America/Chicago', 'weeks', 1, '09:00', '2026-11-02') returning id`,
    [`t-race-${randomBytes(4).toString("hex")}`],
  );
  await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, 0, $2), ($1, 1, $3)", [
    rows[0].id,
    ana.id,
    ben.id,
  ]);
  return rows[0].id;
}

const post = (token: string, body: Record<string, unknown>) => rest("rotation_overrides", { token, method: "POST", body });
const overridesOf = async (rotation: string) =>
  (await admin().query("select kind, add_person_id from public.rotation_overrides where rotation_id = $1", [rotation])).rows;

describe("on-call overrides racing", () => {
  it(`two covers for the same shift posted at once: one 201, one 409 23P01 (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rotation = await arrangeRotation();
      const range = { starts_at: "2027-04-05T14:00:00Z", ends_at: "2027-04-06T14:00:00Z" };
      // Ben and Cai both take Ana's shift themselves, as responders, at the same instant.
      const results = await Promise.all([
        post(ben.token, { rotation_id: rotation, kind: "replace", add_person_id: ben.id, remove_person_id: ana.id, ...range }),
        post(cai.token, { rotation_id: rotation, kind: "replace", add_person_id: cai.id, remove_person_id: ana.id, ...range }),
      ]);
      expect(results.map((r) => r.status).sort(), `round ${round}`).toEqual([201, 409]);
      const refused = results.find((r) => r.status === 409)!;
      expect(refused.body).toMatchObject({
        code: "23P01",
        message: 'conflicting key value violates exclusion constraint "rotation_overrides_no_conflict"',
      });
      const saved = await overridesOf(rotation);
      expect(saved).toHaveLength(1);
      expect(saved[0].add_person_id).toBe(results[0].status === 201 ? ben.id : cai.id);
    }
  });

  it(`an add and a remove of the same person posted at once: one wins (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rotation = await arrangeRotation();
      const results = await Promise.all([
        post(lead.token, { rotation_id: rotation, kind: "add", add_person_id: cai.id, starts_at: "2027-04-07T00:00:00Z", ends_at: "2027-04-08T00:00:00Z" }),
        post(lead.token, { rotation_id: rotation, kind: "remove", remove_person_id: cai.id, starts_at: "2027-04-07T12:00:00Z", ends_at: "2027-04-09T00:00:00Z" }),
      ]);
      expect(results.map((r) => r.status).sort(), `round ${round} ${JSON.stringify(results)}`).toEqual([201, 409]);
      expect(await overridesOf(rotation)).toHaveLength(1);
    }
  });

  it(`overrides that do not conflict posted at once all succeed (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rotation = await arrangeRotation();
      const results = await Promise.all([
        // Back to back for the same people, and another person at the same time.
        post(ben.token, { rotation_id: rotation, kind: "replace", add_person_id: ben.id, remove_person_id: ana.id, starts_at: "2027-04-05T14:00:00Z", ends_at: "2027-04-06T14:00:00Z" }),
        post(cai.token, { rotation_id: rotation, kind: "replace", add_person_id: cai.id, remove_person_id: ana.id, starts_at: "2027-04-06T14:00:00Z", ends_at: "2027-04-07T14:00:00Z" }),
        post(lead.token, { rotation_id: rotation, kind: "add", add_person_id: lead.id, starts_at: "2027-04-05T00:00:00Z", ends_at: "2027-04-08T00:00:00Z" }),
      ]);
      expect(results.map((r) => r.status), `round ${round}`).toEqual([201, 201, 201]);
      expect(await overridesOf(rotation)).toHaveLength(3);
    }
  });

  it("the same conflict in two different rotations at once: both succeed", async () => {
    const [r1, r2] = [await arrangeRotation(), await arrangeRotation()];
    const range = { starts_at: "2027-04-05T14:00:00Z", ends_at: "2027-04-06T14:00:00Z" };
    const results = await Promise.all([
      post(ben.token, { rotation_id: r1, kind: "replace", add_person_id: ben.id, remove_person_id: ana.id, ...range }),
      post(cai.token, { rotation_id: r2, kind: "replace", add_person_id: cai.id, remove_person_id: ana.id, ...range }),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
  });
});
