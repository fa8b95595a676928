// On-call editing through PostgREST, per role: save_escalation_policy (levels all or nothing,
// only changed levels written, every write in the history with its before and after),
// save_oncall_group, set_readiness and reorder_checklist_items, and handoff notes.
// Arranges its own services, rotation, group and checklist item; never edits the seeded ones.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

const REPR = "return=representation";
const tag = () => randomBytes(4).toString("hex");

let responder: TestPerson, other: TestPerson, lead: TestPerson, admin_: TestPerson;
let rotationId: string, groupId: string, itemId: string;
const services: string[] = [];

async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  return (await admin().query(sql, params)).rows[0] as T;
}
async function newService(): Promise<string> {
  const { id } = await one<{ id: string }>("insert into public.services (slug, name) values ($1, $2) returning id", [`t-esc-${tag()}`, "Escalation test"]);
  services.push(id);
  return id;
}

beforeAll(async () => {
  [responder, other, lead, admin_] = await Promise.all([
    createPerson("responder", "Editing responder"),
    createPerson("responder", "Editing other"),
    createPerson("lead", "Editing lead"),
    createPerson("admin", "Editing admin"),
  ]);
  rotationId = (
    await one<{ id: string }>(
      `insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date)
       values ($1, 'UTC', 'days', 1, '09:00', '2026-12-01') returning id`,
      [`t-editing-${tag()}`],
    )
  ).id;
  await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, 0, $2)", [rotationId, responder.id]);
  groupId = (await one<{ id: string }>("insert into public.oncall_groups (name) values ($1) returning id", [`t-editing-${tag()}`])).id;
  itemId = (await one<{ id: string }>("insert into public.oncall_checklist_items (title, position) values ($1, 900) returning id", [`t-item-${tag()}`])).id;
});

afterAll(async () => {
  await admin().query("delete from public.services where id = any($1)", [services]);
  await admin().query("delete from public.oncall_checklist_items where id = $1", [itemId]);
  await admin().query("delete from public.oncall_groups where id = $1", [groupId]);
  await admin().query("delete from public.rotations where id = $1", [rotationId]);
});

const primary = (wait = 5, repeat = 0) => ({ target_kind: "rotation_primary", target_rotation_id: rotationId, wait_minutes: wait, repeat_count: repeat });
const person = (id: string) => ({ target_kind: "person", target_person_id: id, wait_minutes: 10, repeat_count: 1 });
const group = () => ({ target_kind: "group", target_group_id: groupId, wait_minutes: 15, repeat_count: 2 });

function save(token: string | null, body: Record<string, unknown>) {
  return rest<Record<string, unknown>>("rpc/save_escalation_policy", { token, method: "POST", body });
}

/** The levels as stored, level 1 first. */
async function levelsOf(policyId: string) {
  const { rows } = await admin().query(
    `select level, target_kind, target_rotation_id, target_person_id, target_group_id, wait_minutes, repeat_count
     from public.escalation_levels where policy_id = $1 order by level`,
    [policyId],
  );
  return rows;
}

/** History rows for a policy and its levels, oldest first. */
async function historyOf(policyId: string) {
  const { rows } = await admin().query(
    `select entity_type, action, before, after, changed_by from public.oncall_changes
     where (entity_type = 'escalation_policies' and entity_id = $1)
        or (entity_type = 'escalation_levels' and coalesce(after, before) ->> 'policy_id' = $1)
     order by id`,
    [policyId],
  );
  return rows;
}

const policiesOf = async (serviceId: string) =>
  (await admin().query("select id, severity from public.escalation_policies where service_id = $1", [serviceId])).rows;

// ── Anon ───────────────────────────────────────────────────────────────────────────────────────
describe("on-call editing: without a token", () => {
  it.each([
    ["save_escalation_policy", { levels: [] }],
    ["save_oncall_group", { name: "x", member_ids: [] }],
    ["set_readiness", { item_id: "00000000-0000-4000-8000-000000000000", status: "ready" }],
    ["reorder_checklist_items", { item_ids: [] }],
  ])("nobody calls %s (401, 42501)", async (fn, body) => {
    const r = await rest(`rpc/${fn}`, { token: null, method: "POST", body });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501", message: `permission denied for function ${fn}` });
  });
});

// ── Escalation policies ────────────────────────────────────────────────────────────────────────
describe("save_escalation_policy", () => {
  it("a responder is refused (403, 42501) and nothing is written", async () => {
    const service = await newService();
    const r = await save(responder.token, { service_id: service, levels: [primary()] });
    expect(r).toEqual({ status: 403, body: expect.objectContaining({ code: "42501", message: "only leads and admins edit escalation policies" }) });
    expect(await policiesOf(service)).toEqual([]);
  });

  it("a responder cannot edit an existing policy either, nor delete it", async () => {
    const service = await newService();
    const made = await save(lead.token, { service_id: service, levels: [primary()] });
    const id = made.body.id as string;
    expect((await save(responder.token, { policy_id: id, levels: [person(responder.id)] })).status).toBe(403);
    const del = await rest(`escalation_policies?id=eq.${id}`, { token: responder.token, method: "DELETE", prefer: REPR });
    expect(del).toEqual({ status: 200, body: [] });
    expect(await levelsOf(id)).toEqual([expect.objectContaining({ target_kind: "rotation_primary", target_rotation_id: rotationId })]);
  });

  it("a lead creates a policy for one severity with ordered levels, each in the history as who did it", async () => {
    const service = await newService();
    const r = await save(lead.token, { service_id: service, severity: "P1", levels: [primary(5, 1), person(other.id), group()] });
    expect(r).toEqual({ status: 200, body: expect.objectContaining({ service_id: service, severity: "P1" }) });
    const id = r.body.id as string;
    expect(await levelsOf(id)).toEqual([
      { level: 1, target_kind: "rotation_primary", target_rotation_id: rotationId, target_person_id: null, target_group_id: null, wait_minutes: 5, repeat_count: 1 },
      { level: 2, target_kind: "person", target_rotation_id: null, target_person_id: other.id, target_group_id: null, wait_minutes: 10, repeat_count: 1 },
      { level: 3, target_kind: "group", target_rotation_id: null, target_person_id: null, target_group_id: groupId, wait_minutes: 15, repeat_count: 2 },
    ]);
    const history = await historyOf(id);
    expect(history.map((h) => [h.entity_type, h.action, h.changed_by])).toEqual([
      ["escalation_policies", "insert", lead.id],
      ["escalation_levels", "insert", lead.id],
      ["escalation_levels", "insert", lead.id],
      ["escalation_levels", "insert", lead.id],
    ]);
    expect(history[2]).toMatchObject({ before: null, after: { level: 2, target_person_id: other.id } });
  });

  it("editing writes only the levels that change: a swap is two updates with before and after, a drop one delete", async () => {
    const service = await newService();
    const id = (await save(admin_.token, { service_id: service, levels: [primary(), person(other.id), group()] })).body.id as string;
    const before = (await historyOf(id)).length;

    // Levels 2 and 3 swap, level 1 unchanged.
    expect((await save(lead.token, { policy_id: id, levels: [primary(), group(), person(other.id)] })).status).toBe(200);
    let history = (await historyOf(id)).slice(before);
    expect(history.map((h) => [h.action, h.before.level, h.before.target_kind, h.after.target_kind])).toEqual([
      ["update", 2, "person", "group"],
      ["update", 3, "group", "person"],
    ]);
    expect(history[0].changed_by).toBe(lead.id);

    // The same levels again: nothing written.
    expect((await save(lead.token, { policy_id: id, levels: [primary(), group(), person(other.id)] })).status).toBe(200);
    expect((await historyOf(id)).length).toBe(before + 2);

    // A new wait on level 1 and level 3 dropped: one update, one delete.
    expect((await save(lead.token, { policy_id: id, levels: [primary(30), group()] })).status).toBe(200);
    history = (await historyOf(id)).slice(before + 2);
    expect(history.map((h) => [h.action, (h.after ?? h.before).level])).toEqual([
      ["delete", 3],
      ["update", 1],
    ]);
    expect(history[1]).toMatchObject({ before: { wait_minutes: 5 }, after: { wait_minutes: 30 } });
    expect((await levelsOf(id)).map((l) => [l.level, l.target_kind, l.wait_minutes])).toEqual([
      [1, "rotation_primary", 30],
      [2, "group", 15],
    ]);
  });

  it("a level with no target is refused (400, 23514, naming the level) and nothing is half-saved", async () => {
    const service = await newService();
    const id = (await save(lead.token, { service_id: service, levels: [primary()] })).body.id as string;
    const saved = await levelsOf(id);
    const history = (await historyOf(id)).length;

    // Level 1 would change and level 2 is fine, but level 3 pages nobody: none of it is written.
    const r = await save(lead.token, { policy_id: id, levels: [primary(60), person(other.id), { target_kind: "person", wait_minutes: 5, repeat_count: 0 }] });
    expect(r).toEqual({
      status: 400,
      body: expect.objectContaining({ code: "23514", message: 'level 3 violates check constraint "escalation_levels_target_check"' }),
    });
    expect(await levelsOf(id)).toEqual(saved);
    expect((await historyOf(id)).length).toBe(history);

    // A target of another kind than the level says is no target either.
    const mismatched = await save(lead.token, { policy_id: id, levels: [{ target_kind: "group", target_person_id: other.id, wait_minutes: 5, repeat_count: 0 }] });
    expect(mismatched.body).toMatchObject({ code: "23514", message: 'level 1 violates check constraint "escalation_levels_target_check"' });

    // A new policy with a bad level is not created at all.
    const other2 = await newService();
    expect((await save(lead.token, { service_id: other2, levels: [primary(), { target_kind: "rotation_secondary", wait_minutes: 5 }] })).status).toBe(400);
    expect(await policiesOf(other2)).toEqual([]);
  });

  it("other bad input is refused with the level or field it concerns", async () => {
    const service = await newService();
    const gone = "00000000-0000-4000-8000-000000000000";
    expect((await save(lead.token, { service_id: service, levels: [] })).body).toMatchObject({ code: "23514", message: "a policy needs at least one level" });
    expect((await save(lead.token, { service_id: service, levels: [primary(), { target_kind: "group", target_group_id: gone }] })).body).toMatchObject({
      code: "23503",
      message: 'level 2 violates foreign key constraint "escalation_levels_target_group_id_fkey"',
    });
    expect((await save(lead.token, { service_id: service, levels: [{ ...primary(), wait_minutes: -1 }] })).body).toMatchObject({
      code: "23514",
      message: 'level 1 violates check constraint "escalation_levels_wait_minutes_check"',
    });
    expect((await save(lead.token, { service_id: service, levels: [{ target_kind: "everyone" }] })).body).toMatchObject({
      message: 'level 1 violates check constraint "escalation_levels_target_kind_check"',
    });
    expect((await save(lead.token, { service_id: service, levels: Array(21).fill(primary()) })).body).toMatchObject({ code: "23514" });
    expect(await policiesOf(service)).toEqual([]);

    // One policy per (service, severity); an unknown policy is a 404.
    expect((await save(lead.token, { service_id: service, levels: [primary()] })).status).toBe(200);
    expect(await save(lead.token, { service_id: service, levels: [primary()] })).toEqual({
      status: 409,
      body: expect.objectContaining({ code: "23505", message: expect.stringContaining("escalation_policies_service_severity_key") }),
    });
    expect(await save(lead.token, { policy_id: gone, levels: [primary()] })).toEqual({
      status: 404,
      body: expect.objectContaining({ code: "P0002", message: "no such escalation policy" }),
    });
  });

  it("a lead deletes a policy: its levels go with it, each delete in the history", async () => {
    const service = await newService();
    const id = (await save(lead.token, { service_id: service, levels: [primary(), group()] })).body.id as string;
    const del = await rest<unknown[]>(`escalation_policies?id=eq.${id}`, { token: lead.token, method: "DELETE", prefer: REPR });
    expect(del.status).toBe(200);
    expect(del.body).toHaveLength(1);
    expect(await levelsOf(id)).toEqual([]);
    const deletes = (await historyOf(id)).filter((h) => h.action === "delete");
    expect(deletes.map((h) => [h.entity_type, h.before.level ?? null, h.after])).toEqual(
      expect.arrayContaining([
        ["escalation_levels", 1, null],
        ["escalation_levels", 2, null],
        ["escalation_policies", null, null],
      ]),
    );
  });
});

// ── Groups ─────────────────────────────────────────────────────────────────────────────────────
describe("save_oncall_group", () => {
  it("a responder is refused and no group is made", async () => {
    const name = `t-group-${tag()}`;
    const r = await rest("rpc/save_oncall_group", { token: responder.token, method: "POST", body: { name, member_ids: [responder.id] } });
    expect(r).toEqual({ status: 403, body: expect.objectContaining({ code: "42501" }) });
    expect((await admin().query("select 1 from public.oncall_groups where name = $1", [name])).rowCount).toBe(0);
  });

  it("a lead makes a group, then changes its members: only who joins or leaves is written", async () => {
    const name = `t-group-${tag()}`;
    const made = await rest<{ id: string }>("rpc/save_oncall_group", {
      token: lead.token,
      method: "POST",
      body: { name, description: "Testers", member_ids: [responder.id, other.id] },
    });
    expect(made.status).toBe(200);
    const id = made.body.id;
    const r = await rest("rpc/save_oncall_group", { token: lead.token, method: "POST", body: { group_id: id, name, description: "Testers", member_ids: [other.id, lead.id] } });
    expect(r.status).toBe(200);
    const members = await admin().query("select person_id from public.oncall_group_members where group_id = $1 order by person_id", [id]);
    expect(members.rows.map((m) => m.person_id).sort()).toEqual([other.id, lead.id].sort());
    const history = await admin().query(
      `select entity_type, action from public.oncall_changes where coalesce(after, before) ->> 'group_id' = $1 or entity_id = $1 order by id`,
      [id],
    );
    expect(history.rows.map((h) => `${h.entity_type} ${h.action}`)).toEqual([
      "oncall_groups insert",
      "oncall_group_members insert",
      "oncall_group_members insert",
      "oncall_group_members delete",
      "oncall_group_members insert",
    ]);
    const dup = await rest("rpc/save_oncall_group", { token: lead.token, method: "POST", body: { name, member_ids: [lead.id] } });
    expect(dup).toEqual({ status: 409, body: expect.objectContaining({ code: "23505", message: expect.stringContaining("oncall_groups_name_key") }) });
    await admin().query("delete from public.oncall_groups where id = $1", [id]);
  });
});

// ── Readiness ──────────────────────────────────────────────────────────────────────────────────
describe("readiness", () => {
  const setReadiness = (token: string, body: Record<string, unknown>) => rest<Record<string, unknown>>("rpc/set_readiness", { token, method: "POST", body });
  const statusOf = async (who: string) =>
    (await admin().query("select status, note, updated_by from public.oncall_checklist_status where item_id = $1 and person_id = $2", [itemId, who])).rows[0];

  it("a responder sets their own status; saving the same again writes no history", async () => {
    const r = await setReadiness(responder.token, { item_id: itemId, status: "requested", note: "asked Liam" });
    expect(r).toEqual({ status: 200, body: expect.objectContaining({ person_id: responder.id, status: "requested", note: "asked Liam" }) });
    expect((await setReadiness(responder.token, { item_id: itemId, status: "ready", note: "" })).status).toBe(200);
    expect((await setReadiness(responder.token, { item_id: itemId, status: "ready", note: "" })).status).toBe(200);
    expect(await statusOf(responder.id)).toEqual({ status: "ready", note: "", updated_by: responder.id });
    const history = await admin().query(
      "select action, before ->> 'status' as was, after ->> 'status' as is from public.oncall_changes where entity_type = 'oncall_checklist_status' and entity_id = $1 order by id",
      [`${itemId}:${responder.id}`],
    );
    expect(history.rows).toEqual([
      { action: "insert", was: null, is: "requested" },
      { action: "update", was: "requested", is: "ready" },
    ]);
  });

  it("a responder cannot set someone else's status, through the RPC or the table", async () => {
    const r = await setReadiness(responder.token, { item_id: itemId, status: "ready", person_id: other.id });
    expect(r).toEqual({ status: 403, body: expect.objectContaining({ code: "42501", message: expect.stringContaining("row-level security") }) });
    const direct = await rest("oncall_checklist_status", { token: responder.token, method: "POST", body: { item_id: itemId, person_id: other.id, status: "ready" } });
    expect(direct.status).toBe(403);
    expect(await statusOf(other.id)).toBeUndefined();
  });

  it("a lead may set anyone's status; a bad status is refused by the constraint", async () => {
    expect((await setReadiness(lead.token, { item_id: itemId, status: "missing", note: "needs VPN", person_id: other.id })).status).toBe(200);
    expect(await statusOf(other.id)).toEqual({ status: "missing", note: "needs VPN", updated_by: lead.id });
    expect((await setReadiness(lead.token, { item_id: itemId, status: "done" })).body).toMatchObject({
      code: "23514",
      message: expect.stringContaining("oncall_checklist_status_status_check"),
    });
  });

  it("a responder cannot add, rename, reorder or remove checklist items; a lead can", async () => {
    const title = (await one<{ title: string }>("select title from public.oncall_checklist_items where id = $1", [itemId])).title;
    expect((await rest("oncall_checklist_items", { token: responder.token, method: "POST", body: { title: "Sneaky" } })).status).toBe(403);
    expect(await rest(`oncall_checklist_items?id=eq.${itemId}`, { token: responder.token, method: "PATCH", body: { title: "Renamed" }, prefer: REPR })).toEqual({
      status: 200,
      body: [],
    });
    expect(await rest(`oncall_checklist_items?id=eq.${itemId}`, { token: responder.token, method: "DELETE", prefer: REPR })).toEqual({ status: 200, body: [] });
    expect(await rest("rpc/reorder_checklist_items", { token: responder.token, method: "POST", body: { item_ids: [itemId] } })).toEqual({
      status: 403,
      body: expect.objectContaining({ code: "42501" }),
    });
    expect(await one("select title, position from public.oncall_checklist_items where id = $1", [itemId])).toEqual({ title, position: 900 });

    const renamed = await rest<{ title: string }[]>(`oncall_checklist_items?id=eq.${itemId}`, { token: lead.token, method: "PATCH", body: { title: `${title} (VPN)` }, prefer: REPR });
    expect(renamed.body).toEqual([expect.objectContaining({ title: `${title} (VPN)` })]);
    // Reordering writes only the items whose place changes: once, then nothing.
    const reorder = () => rest("rpc/reorder_checklist_items", { token: lead.token, method: "POST", body: { item_ids: [itemId] } });
    expect((await reorder()).status).toBe(204);
    expect((await reorder()).status).toBe(204);
    const moves = await admin().query(
      `select before ->> 'position' as was, after ->> 'position' as is from public.oncall_changes
       where entity_type = 'oncall_checklist_items' and entity_id = $1 and action = 'update' and changed_by = $2 order by id`,
      [itemId, lead.id],
    );
    expect(moves.rows).toEqual([
      { was: "900", is: "900" }, // the rename
      { was: "900", is: "1" },
    ]);
  });
});

// ── Handoff notes ──────────────────────────────────────────────────────────────────────────────
describe("handoff notes", () => {
  it("a participant leaves one, as themself; someone not on the rotation cannot", async () => {
    const r = await rest<{ author_id: string }[]>("rotation_handoff_notes", {
      token: responder.token,
      method: "POST",
      body: { rotation_id: rotationId, body: "Disk alerts are noisy tonight." },
      prefer: REPR,
    });
    expect(r.status).toBe(201);
    expect(r.body[0].author_id).toBe(responder.id);
    const refused = await rest("rotation_handoff_notes", { token: other.token, method: "POST", body: { rotation_id: rotationId, body: "Not mine to say." } });
    expect(refused.status).toBe(403);
    const blank = await rest("rotation_handoff_notes", { token: responder.token, method: "POST", body: { rotation_id: rotationId, body: "  " } });
    expect(blank.body).toMatchObject({ code: "23514" });
  });
});
