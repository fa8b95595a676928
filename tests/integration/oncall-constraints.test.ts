// Bad on-call input is refused by the database itself, through PostgREST, with the constraint
// that says why (23514 check → 400, 23503/23505 → 409, 23P01 → 409), and nothing is half-saved:
// save_rotation writes a rotation, its participants and services in one transaction.
// Everything is done as an admin or lead, so RLS is never the reason for a refusal here.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

const REPR = "return=representation";
const tag = () => randomBytes(4).toString("hex");

const check = (table: string, constraint: string) => ({
  status: 400,
  body: { code: "23514", details: null, hint: null, message: `new row for relation "${table}" violates check constraint "${constraint}"` },
});
const fk = (table: string, constraint: string) => ({
  status: 409,
  body: expect.objectContaining({ code: "23503", message: `insert or update on table "${table}" violates foreign key constraint "${constraint}"` }),
});

let lead: TestPerson;
let other: TestPerson;
const serviceIds: Record<string, string> = {};
// Escalation policies are unique per (service, severity); this file uses auth P2 and P3 only.
let policy: string;
beforeAll(async () => {
  [lead, other] = await Promise.all([createPerson("lead", "Constraints lead"), createPerson("responder", "Constraints responder")]);
  for (const r of (await admin().query<{ id: string; slug: string }>("select id, slug from public.services")).rows) serviceIds[r.slug] = r.id;
  await admin().query("delete from public.escalation_policies where service_id = $1 and severity in ('P2', 'P3')", [serviceIds.auth]);
  policy = (await admin().query("insert into public.escalation_policies (service_id, severity) values ($1, 'P2') returning id", [serviceIds.auth])).rows[0].id;
});
afterAll(async () => {
  await admin().query("delete from public.escalation_policies where service_id = $1 and severity in ('P2', 'P3')", [serviceIds.auth]);
});

const rotation = (fields: Record<string, unknown> = {}) => ({
  name: `t-c-${tag()}`,
  time_zone: "Europe/London",
  shift_unit: "days",
  shift_count: 1,
  handoff_time: "09:00:00",
  start_date: "2026-12-01",
  ...fields,
});

async function arrangeRotation(participants: string[] = []): Promise<string> {
  const r = rotation();
  const { rows } = await admin().query(
    "insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date) values ($1, $2, $3, $4, $5, $6) returning id",
    [r.name, r.time_zone, r.shift_unit, r.shift_count, r.handoff_time, r.start_date],
  );
  for (const [i, p] of participants.entries()) {
    await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, $2, $3)", [rows[0].id, i, p]);
  }
  return rows[0].id;
}
const countRotations = async (name: string) => (await admin().query("select 1 from public.rotations where name = $1", [name])).rowCount;

describe("on-call constraints: rotations", () => {
  it.each([
    ["an unknown time zone", { time_zone: "Mars/Olympus_Mons" }, "rotations_time_zone_check"],
    ["a POSIX offset instead of a zone", { time_zone: "UTC+3" }, "rotations_time_zone_check"],
    ["a zero shift length", { shift_count: 0 }, "rotations_shift_count_check"],
    ["a negative shift length", { shift_count: -2 }, "rotations_shift_count_check"],
    ["a shift length over 1000", { shift_count: 1001 }, "rotations_shift_count_check"],
    ["a shift unit that is not hours, days or weeks", { shift_unit: "months" }, "rotations_shift_unit_check"],
    ["a handoff at 24:00", { handoff_time: "24:00:00" }, "rotations_handoff_time_check"],
    ["a handoff with seconds", { handoff_time: "09:00:30" }, "rotations_handoff_time_check"],
    ["an empty name", { name: "" }, "rotations_name_check"],
    ["a name of only spaces", { name: "   " }, "rotations_name_check"],
    ["a name over 100 characters", { name: "n".repeat(101) }, "rotations_name_check"],
    ["a secondary rotation kind without a rotation", { secondary_kind: "rotation" }, "rotations_secondary_check"],
  ])("a rotation with %s is refused (400, 23514); nothing is saved", async (_what, fields, constraint) => {
    const body = rotation(fields);
    const r = await rest("rotations", { token: lead.token, method: "POST", body, prefer: REPR });
    expect(r).toEqual(check("rotations", constraint));
    expect(await countRotations(body.name)).toBe(0);
  });

  it("a handoff time that is not a time of day (25:00) is refused by its type (400, 22008)", async () => {
    const body = rotation({ handoff_time: "25:00" });
    const r = await rest("rotations", { token: lead.token, method: "POST", body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "22008" });
    expect(await countRotations(body.name)).toBe(0);
  });

  it("a rotation cannot be its own secondary (400, 23514); another rotation can", async () => {
    const [a, b] = [await arrangeRotation(), await arrangeRotation()];
    const self = await rest(`rotations?id=eq.${a}`, { token: lead.token, method: "PATCH", body: { secondary_kind: "rotation", secondary_rotation_id: a } });
    expect(self).toEqual(check("rotations", "rotations_secondary_check"));
    const ok = await rest(`rotations?id=eq.${a}`, { token: lead.token, method: "PATCH", body: { secondary_kind: "rotation", secondary_rotation_id: b }, prefer: REPR });
    expect(ok).toEqual({ status: 200, body: [expect.objectContaining({ secondary_rotation_id: b })] });
    // b is leaned on: removing it must be a decision (409, 23503), not a silent gap.
    const remove = await rest(`rotations?id=eq.${b}`, { token: lead.token, method: "DELETE" });
    expect(remove).toEqual({ status: 409, body: expect.objectContaining({ code: "23503" }) });
    expect((await admin().query("select 1 from public.rotations where id = $1", [b])).rowCount).toBe(1);
  });

  it("two participants in one position are refused (409, 23505); an unknown person too (409, 23503)", async () => {
    const id = await arrangeRotation([other.id]);
    const twice = await rest("rotation_participants", { token: lead.token, method: "POST", body: { rotation_id: id, position: 0, person_id: lead.id } });
    expect(twice).toEqual({ status: 409, body: expect.objectContaining({ code: "23505", message: expect.stringContaining("rotation_participants_position_key") }) });
    const ghost = await rest("rotation_participants", { token: lead.token, method: "POST", body: { rotation_id: id, position: 1, person_id: "t-nobody" } });
    expect(ghost).toEqual(fk("rotation_participants", "rotation_participants_person_id_fkey"));
    const negative = await rest("rotation_participants", { token: lead.token, method: "POST", body: { rotation_id: id, position: -1, person_id: lead.id } });
    expect(negative).toEqual(check("rotation_participants", "rotation_participants_position_check"));
    const { rows } = await admin().query("select person_id from public.rotation_participants where rotation_id = $1", [id]);
    expect(rows).toEqual([{ person_id: other.id }]);
  });
});

describe("on-call constraints: save_rotation is all or nothing", () => {
  const args = (fields: Record<string, unknown> = {}) => ({
    ...rotation(),
    participants: [lead.id, other.id],
    service_ids: [serviceIds.api],
    ...fields,
  });
  const leftovers = async (name: string) =>
    (
      await admin().query(
        `select (select count(*) from public.rotations where name = $1)::int as rotations,
                (select count(*) from public.oncall_changes where after ->> 'name' = $1)::int as changes`,
        [name],
      )
    ).rows[0];

  it("an unknown participant after a good one leaves no rotation, participant or history (409, 23503)", async () => {
    const a = args({ participants: [lead.id, "t-nobody"] });
    const r = await rest("rpc/save_rotation", { token: lead.token, method: "POST", body: a });
    expect(r).toEqual(fk("rotation_participants", "rotation_participants_person_id_fkey"));
    expect(await leftovers(a.name)).toEqual({ rotations: 0, changes: 0 });
  });

  it("an unknown service leaves nothing (409, 23503)", async () => {
    const a = args({ service_ids: [serviceIds.api, "00000000-0000-4000-8000-000000000000"] });
    const r = await rest("rpc/save_rotation", { token: lead.token, method: "POST", body: a });
    expect(r).toEqual(fk("rotation_services", "rotation_services_service_id_fkey"));
    expect(await leftovers(a.name)).toEqual({ rotations: 0, changes: 0 });
  });

  it("no participants is refused (400, 23514 rotation_participants_required)", async () => {
    const a = args({ participants: [] });
    const r = await rest("rpc/save_rotation", { token: lead.token, method: "POST", body: a });
    expect(r).toEqual({ status: 400, body: expect.objectContaining({ code: "23514", message: "a rotation needs at least one participant" }) });
    expect(await leftovers(a.name)).toEqual({ rotations: 0, changes: 0 });
  });

  it("a bad time zone is refused (400, 23514)", async () => {
    const a = args({ time_zone: "Nowhere/Special" });
    const r = await rest("rpc/save_rotation", { token: lead.token, method: "POST", body: a });
    expect(r).toEqual(check("rotations", "rotations_time_zone_check"));
    expect(await leftovers(a.name)).toEqual({ rotations: 0, changes: 0 });
  });

  it("an edit with a bad participant keeps the rotation and its participants exactly as they were", async () => {
    const a = args();
    const saved = await rest<{ id: string }>("rpc/save_rotation", { token: lead.token, method: "POST", body: a });
    expect(saved.status).toBe(200);
    const snapshot = async () =>
      (
        await admin().query(
          `select r.name, r.shift_count, array(select person_id from public.rotation_participants p where p.rotation_id = r.id order by position) as people,
                  (select count(*) from public.oncall_changes c where c.after ->> 'rotation_id' = r.id::text or c.entity_id = r.id::text)::int as changes
           from public.rotations r where r.id = $1`,
          [saved.body.id],
        )
      ).rows[0];
    const before = await snapshot();
    expect(before.people).toEqual([lead.id, other.id]);
    const r = await rest("rpc/save_rotation", {
      token: lead.token,
      method: "POST",
      body: { ...a, rotation_id: saved.body.id, shift_count: 3, participants: [other.id, lead.id, "t-nobody"] },
    });
    expect(r.status).toBe(409);
    expect(await snapshot()).toEqual(before);
  });
});

describe("on-call constraints: overrides", () => {
  const at = (h: number) => `2027-03-01T${String(h).padStart(2, "0")}:00:00Z`;
  it.each([
    ["that ends before it starts", { kind: "add", starts_at: at(10), ends_at: at(9) }, "rotation_overrides_range_check"],
    ["that ends when it starts", { kind: "add", starts_at: at(10), ends_at: at(10) }, "rotation_overrides_range_check"],
    ["replacing someone with themself", { kind: "replace", same: true }, "rotation_overrides_people_check"],
    ["replacing without saying who is covered", { kind: "replace", noRemove: true }, "rotation_overrides_people_check"],
    ["adding someone and naming who is removed", { kind: "add", withRemove: true }, "rotation_overrides_people_check"],
    ["removing without saying who", { kind: "remove", noRemove: true }, "rotation_overrides_people_check"],
    ["of an unknown kind", { kind: "swap" }, "rotation_overrides_kind_check"],
  ])("an override %s is refused (400, 23514); nothing is saved", async (_what, spec, constraint) => {
    const id = await arrangeRotation([other.id]);
    const s = spec as Record<string, unknown>;
    const body: Record<string, unknown> = { rotation_id: id, kind: s.kind, starts_at: s.starts_at ?? at(9), ends_at: s.ends_at ?? at(17) };
    if (s.kind === "replace") Object.assign(body, { add_person_id: lead.id, remove_person_id: s.same ? lead.id : s.noRemove ? null : other.id });
    if (s.kind === "add" || s.kind === "swap") Object.assign(body, { add_person_id: lead.id, ...(s.withRemove ? { remove_person_id: other.id } : {}) });
    if (s.kind === "remove") Object.assign(body, { remove_person_id: s.noRemove ? null : other.id });
    const r = await rest("rotation_overrides", { token: lead.token, method: "POST", body, prefer: REPR });
    expect(r).toEqual(check("rotation_overrides", constraint));
    expect((await admin().query("select 1 from public.rotation_overrides where rotation_id = $1", [id])).rowCount).toBe(0);
  });

  it("an override for an unknown person is refused (409, 23503)", async () => {
    const id = await arrangeRotation([other.id]);
    const r = await rest("rotation_overrides", { token: lead.token, method: "POST", body: { rotation_id: id, kind: "add", add_person_id: "t-nobody", starts_at: at(9), ends_at: at(10) } });
    expect(r).toEqual(fk("rotation_overrides", "rotation_overrides_add_person_id_fkey"));
  });

  // The conflict rule, case by case (the race itself is in oncall-override-race.test.ts).
  const conflictMsg = 'conflicting key value violates exclusion constraint "rotation_overrides_no_conflict"';
  it.each([
    ["two covers for the same person", { kind: "replace", add: "b", remove: "a" }, { kind: "replace", add: "c", remove: "a" }, true],
    ["an add and a remove of the same person", { kind: "add", add: "b" }, { kind: "remove", remove: "b" }, true],
    ["a cover by someone who is themself covered", { kind: "replace", add: "b", remove: "a" }, { kind: "replace", add: "c", remove: "b" }, true],
    ["adding the same person twice", { kind: "add", add: "b" }, { kind: "add", add: "b" }, true],
    ["two adds of different people", { kind: "add", add: "b" }, { kind: "add", add: "c" }, false],
    ["covers for different people by different people", { kind: "replace", add: "b", remove: "a" }, { kind: "replace", add: "d", remove: "c" }, false],
  ])("overlapping overrides: %s → conflict %s", async (_what, first, second, conflicts) => {
    const p = { a: other.id, b: lead.id, c: (await createPerson("responder")).id, d: (await createPerson("responder")).id } as Record<string, string>;
    const id = await arrangeRotation([p.a]);
    const body = (o: { kind: string; add?: string; remove?: string }, from: number, to: number) => ({
      rotation_id: id,
      kind: o.kind,
      add_person_id: o.add ? p[o.add] : null,
      remove_person_id: o.remove ? p[o.remove] : null,
      starts_at: at(from),
      ends_at: at(to),
    });
    expect((await rest("rotation_overrides", { token: lead.token, method: "POST", body: body(first, 9, 17) })).status).toBe(201);
    const r = await rest("rotation_overrides", { token: lead.token, method: "POST", body: body(second, 12, 20) });
    if (conflicts) expect(r).toEqual({ status: 409, body: expect.objectContaining({ code: "23P01", message: conflictMsg }) });
    else expect(r.status).toBe(201);
    // Back to back ([9,17) then [17,20)) never conflicts; the same in another rotation neither.
    expect((await rest("rotation_overrides", { token: lead.token, method: "POST", body: body(second, 17, 20) })).status).toBe(conflicts ? 201 : 409);
    const elsewhere = await arrangeRotation([p.a]);
    expect((await rest("rotation_overrides", { token: lead.token, method: "POST", body: { ...body(second, 9, 17), rotation_id: elsewhere } })).status).toBe(201);
  });

  it("editing an override is checked against the others, never against its own old version", async () => {
    const id = await arrangeRotation([other.id]);
    const mk = async (from: number, to: number) =>
      (await rest<{ id: string }[]>("rotation_overrides", {
        token: lead.token,
        method: "POST",
        body: { rotation_id: id, kind: "add", add_person_id: lead.id, starts_at: at(from), ends_at: at(to) },
        prefer: REPR,
      })).body[0].id;
    const first = await mk(9, 12);
    await mk(14, 16);
    const longer = await rest(`rotation_overrides?id=eq.${first}`, { token: lead.token, method: "PATCH", body: { ends_at: at(13) }, prefer: REPR });
    expect(longer.status).toBe(200);
    const overlapping = await rest(`rotation_overrides?id=eq.${first}`, { token: lead.token, method: "PATCH", body: { ends_at: at(15) } });
    expect(overlapping).toEqual({ status: 409, body: expect.objectContaining({ code: "23P01" }) });
    const { rows } = await admin().query("select ends_at from public.rotation_overrides where id = $1", [first]);
    expect(rows[0].ends_at.toISOString()).toBe("2027-03-01T13:00:00.000Z");
  });
});

describe("on-call constraints: escalation levels", () => {
  let level = 1;
  let targetRotation: string;
  beforeAll(async () => {
    targetRotation = await arrangeRotation([other.id]);
  });
  const post = (body: Record<string, unknown>) =>
    rest("escalation_levels", { token: lead.token, method: "POST", body: { policy_id: policy, level: level++, ...body }, prefer: REPR });

  it.each([
    ["no target at all", { target_kind: "person" }],
    ["a person level pointing at a rotation", { target_kind: "person", target_rotation: true }],
    ["two targets", { target_kind: "rotation_primary", target_rotation: true, target_person: true }],
    ["a group level without a group", { target_kind: "group", target_person: true }],
  ])("a level with %s is refused (400, 23514 escalation_levels_target_check)", async (_what, spec) => {
    const s = spec as Record<string, unknown>;
    const r = await post({
      target_kind: s.target_kind,
      ...(s.target_rotation ? { target_rotation_id: targetRotation } : {}),
      ...(s.target_person ? { target_person_id: other.id } : {}),
    });
    expect(r).toEqual(check("escalation_levels", "escalation_levels_target_check"));
  });

  it.each([
    ["negative wait minutes", { wait_minutes: -1 }, "escalation_levels_wait_minutes_check"],
    ["a repeat count over 10", { repeat_count: 11 }, "escalation_levels_repeat_count_check"],
    ["a negative repeat count", { repeat_count: -1 }, "escalation_levels_repeat_count_check"],
    ["level 0", { level: 0 }, "escalation_levels_level_check"],
  ])("a level with %s is refused (400, 23514)", async (_what, fields, constraint) => {
    const r = await post({ target_kind: "rotation_secondary", target_rotation_id: targetRotation, ...fields });
    expect(r).toEqual(check("escalation_levels", constraint));
  });

  it("0 wait minutes and 10 repeats are fine; the same level twice is refused (409, 23505); a targeted rotation cannot be removed (409, 23503)", async () => {
    const n = level++;
    const ok = await post({ level: n, target_kind: "rotation_primary", target_rotation_id: targetRotation, wait_minutes: 0, repeat_count: 10 });
    expect(ok.status).toBe(201);
    const twice = await post({ level: n, target_kind: "person", target_person_id: other.id });
    expect(twice).toEqual({ status: 409, body: expect.objectContaining({ code: "23505", message: expect.stringContaining("escalation_levels_level_key") }) });
    const remove = await rest(`rotations?id=eq.${targetRotation}`, { token: lead.token, method: "DELETE" });
    expect(remove).toEqual({ status: 409, body: expect.objectContaining({ code: "23503", message: expect.stringContaining("escalation_levels_target_rotation_id_fkey") }) });
  });

  it("a second policy for the same service and severity is refused (409, 23505), also for 'every severity'", async () => {
    const r = await rest("escalation_policies", { token: lead.token, method: "POST", body: { service_id: serviceIds.auth, severity: "P2" } });
    expect(r).toEqual({ status: 409, body: expect.objectContaining({ code: "23505", message: expect.stringContaining("escalation_policies_service_severity_key") }) });
    const all = await rest("escalation_policies", { token: lead.token, method: "POST", body: { service_id: serviceIds.auth } });
    expect(all).toEqual({ status: 409, body: expect.objectContaining({ code: "23505" }) });
    const unknownSeverity = await rest("escalation_policies", { token: lead.token, method: "POST", body: { service_id: serviceIds.auth, severity: "P9" } });
    expect(unknownSeverity).toEqual(fk("escalation_policies", "escalation_policies_severity_fkey"));
  });
});

describe("on-call constraints: readiness, notes, feeds, groups", () => {
  it("a checklist item without a title, a status outside missing/requested/ready, and an empty handoff note are refused (400, 23514)", async () => {
    expect(await rest("oncall_checklist_items", { token: lead.token, method: "POST", body: { title: "  " } })).toEqual(
      check("oncall_checklist_items", "oncall_checklist_items_title_check"),
    );
    const item = (await admin().query("insert into public.oncall_checklist_items (title) values ($1) returning id", [`t-item-${tag()}`])).rows[0].id;
    expect(await rest("oncall_checklist_status", { token: lead.token, method: "POST", body: { item_id: item, person_id: lead.id, status: "done-ish" } })).toEqual(
      check("oncall_checklist_status", "oncall_checklist_status_status_check"),
    );
    const id = await arrangeRotation([lead.id]);
    expect(await rest("rotation_handoff_notes", { token: lead.token, method: "POST", body: { rotation_id: id, body: " \n " } })).toEqual(
      check("rotation_handoff_notes", "rotation_handoff_notes_body_check"),
    );
  });

  it("a feed token must name exactly the scope it says, and be a SHA-256 (400, 23514)", async () => {
    const id = await arrangeRotation([lead.id]);
    const hash = `\\x${randomBytes(32).toString("hex")}`;
    expect(await rest("calendar_feed_tokens", { token: lead.token, method: "POST", body: { token_hash: hash, scope: "rotation", person_id: lead.id } })).toEqual(
      check("calendar_feed_tokens", "calendar_feed_tokens_target_check"),
    );
    expect(
      await rest("calendar_feed_tokens", { token: lead.token, method: "POST", body: { token_hash: hash, scope: "person", person_id: lead.id, rotation_id: id } }),
    ).toEqual(check("calendar_feed_tokens", "calendar_feed_tokens_target_check"));
    expect(await rest("calendar_feed_tokens", { token: lead.token, method: "POST", body: { token_hash: "\\x0102", scope: "person", person_id: lead.id } })).toEqual(
      check("calendar_feed_tokens", "calendar_feed_tokens_token_hash_check"),
    );
    expect((await rest("calendar_feed_tokens", { token: lead.token, method: "POST", body: { token_hash: hash, scope: "person", person_id: lead.id } })).status).toBe(201);
  });

  it("a group name is required and unique (400 23514, 409 23505)", async () => {
    expect(await rest("oncall_groups", { token: lead.token, method: "POST", body: { name: "" } })).toEqual(check("oncall_groups", "oncall_groups_name_check"));
    const dup = await rest("oncall_groups", { token: lead.token, method: "POST", body: { name: "Engineering leadership" } });
    expect(dup).toEqual({ status: 409, body: expect.objectContaining({ code: "23505" }) });
  });
});
