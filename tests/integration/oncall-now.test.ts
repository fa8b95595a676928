// public.on_call_setups: the one read behind "who is on call now" (lib/oncall/now-query.ts).
// Every rotation with its shift plan, participant ids in shift order and only the overrides
// overlapping the window; RLS as for the tables it reads; refused to anon.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

interface Row {
  id: string;
  name: string;
  time_zone: string;
  shift_unit: string;
  shift_count: number;
  handoff_time: string;
  start_date: string;
  secondary_rotation_id: string | null;
  participants: string[];
  overrides: [string, string, string | null, string | null, string, string][];
}

const FROM = "2026-06-10T00:00:00Z";
const TO = "2026-06-20T00:00:00Z";
const call = (token: string | null, from = FROM, to = TO) =>
  rest<Row[]>("rpc/on_call_setups", { token, method: "POST", body: { from_at: from, to_at: to } });
const iso = (t: string) => new Date(t).toISOString();

let me: TestPerson;
let [ana, ben, cai]: TestPerson[] = [];
let backup: string;
let rotation: string;
const overrideIds: Record<string, string> = {};

beforeAll(async () => {
  [me, ana, ben, cai] = await Promise.all([
    createPerson("responder", "Now reader"),
    createPerson("responder", "Now Ana"),
    createPerson("responder", "Now Ben"),
    createPerson("responder", "Now Cai"),
  ]);
  const tag = randomBytes(4).toString("hex");
  const insert = async (name: string, secondary: string | null) =>
    (
      await admin().query<{ id: string }>(
        `insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date, secondary_kind, secondary_rotation_id)
         values ($1, 'Europe/London', 'hours', 8, '09:30', '2026-06-01', $2, $3) returning id`,
        [name, secondary ? "rotation" : "next_participant", secondary],
      )
    ).rows[0].id;
  backup = await insert(`Now backup ${tag}`, null);
  rotation = await insert(`Now main ${tag}`, backup);
  // Positions written out of order, and one person in two slots: the order is by position.
  for (const [position, person] of [[2, ana.id], [0, ben.id], [1, cai.id], [3, ben.id]] as const) {
    await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, $2, $3)", [rotation, position, person]);
  }
  const override = async (key: string, kind: string, add: string | null, remove: string | null, start: string, end: string) => {
    overrideIds[key] = (
      await admin().query<{ id: string }>(
        `insert into public.rotation_overrides (rotation_id, kind, add_person_id, remove_person_id, starts_at, ends_at)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [rotation, kind, add, remove, start, end],
      )
    ).rows[0].id;
  };
  // In the window [10 Jun, 20 Jun): one under way at its start, one inside, one running past its end.
  await override("under way", "replace", ana.id, ben.id, "2026-06-09T12:00:00Z", "2026-06-10T12:00:00Z");
  await override("inside", "add", cai.id, null, "2026-06-15T00:00:00Z", "2026-06-16T00:00:00Z");
  await override("past the end", "remove", null, ana.id, "2026-06-19T20:00:00Z", "2026-06-21T00:00:00Z");
  // Outside it: ending exactly at its start, starting exactly at its end (ranges are half-open).
  await override("ends at the start", "add", me.id, null, "2026-06-08T00:00:00Z", "2026-06-10T00:00:00Z");
  await override("starts at the end", "add", me.id, null, "2026-06-20T00:00:00Z", "2026-06-22T00:00:00Z");
});

describe("on_call_setups", () => {
  it("gives a rotation's plan, its participants by position and only the overrides overlapping the window", async () => {
    const r = await call(me.token);
    expect(r.status).toBe(200);
    const row = r.body.find((x) => x.id === rotation)!;
    expect(row).toEqual({
      id: rotation,
      name: expect.stringMatching(/^Now main /),
      time_zone: "Europe/London",
      shift_unit: "hours",
      shift_count: 8,
      handoff_time: "09:30:00",
      start_date: "2026-06-01",
      secondary_rotation_id: backup,
      participants: [ben.id, cai.id, ana.id, ben.id],
      overrides: expect.any(Array),
    });
    expect(row.overrides.map(([id, kind, add, remove, start, end]) => [id, kind, add, remove, iso(start), iso(end)])).toEqual([
      [overrideIds["under way"], "replace", ana.id, ben.id, iso("2026-06-09T12:00:00Z"), iso("2026-06-10T12:00:00Z")],
      [overrideIds.inside, "add", cai.id, null, iso("2026-06-15T00:00:00Z"), iso("2026-06-16T00:00:00Z")],
      [overrideIds["past the end"], "remove", null, ana.id, iso("2026-06-19T20:00:00Z"), iso("2026-06-21T00:00:00Z")],
    ]);
    const other = r.body.find((x) => x.id === backup)!;
    expect([other.secondary_rotation_id, other.participants, other.overrides]).toEqual([null, [], []]);
  });

  it("lists every rotation the tables show the same person, in the same order (by name)", async () => {
    // Other test files add rotations meanwhile: compare the ones present in a read before and after.
    const tables = async () => (await rest<{ id: string }[]>("rotations?select=id&order=name,id", { token: me.token })).body.map((x) => x.id);
    const before = await tables();
    const r = await call(me.token);
    const after = new Set(await tables());
    const both = before.filter((id) => after.has(id));
    expect(both).toContain(rotation);
    expect(r.body.map((x) => x.id).filter((id) => both.includes(id))).toEqual(both);
  });

  it("is refused to anon", async () => {
    const r = await call(null);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501" });
  });
});
