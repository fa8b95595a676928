// On-call tables through PostgREST, as the anon key or a signed-in person of each role calls them:
// who reads, adds, edits and removes rotations, participants, overrides, the escalation matrix,
// groups, the readiness checklist, handoff notes and feed tokens; and the change history, which
// records every change with its before, after and who, and which nobody writes directly.
// Every test arranges its own rows (as superuser) and only reads the seeded ones.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import { admin, createPerson, inRolledBackTransaction, rest, type TestPerson } from "../support/db";

const ROLES: AppRole[] = ["responder", "lead", "admin"];
const REPR = "return=representation";
const TABLES = [
  "rotations",
  "rotation_services",
  "rotation_participants",
  "rotation_overrides",
  "oncall_groups",
  "oncall_group_members",
  "escalation_policies",
  "escalation_levels",
  "oncall_checklist_items",
  "oncall_checklist_status",
  "rotation_handoff_notes",
  "calendar_feed_tokens",
  "oncall_changes",
] as const;

const rlsRefused = (table: string) => ({
  status: 403,
  body: { code: "42501", details: null, hint: null, message: `new row violates row-level security policy for table "${table}"` },
});
const denied = (status: number, table: string) => ({
  status,
  body: { code: "42501", details: null, hint: null, message: `permission denied for table ${table}` },
});
const tag = () => randomBytes(4).toString("hex");

const people = {} as Record<AppRole | "other", TestPerson>;
const serviceIds: Record<string, string> = {};
// Escalation policies are unique per (service, severity): this file only uses (web, P3) for the
// policy tests and (web, P2) for its levels; oncall-constraints uses auth.
let levelPolicy: string;
let nextLevel = 1;
beforeAll(async () => {
  [people.responder, people.lead, people.admin, people.other] = await Promise.all([
    createPerson("responder", "Oncall responder"),
    createPerson("lead", "Oncall lead"),
    createPerson("admin", "Oncall admin"),
    createPerson("responder", "Oncall other"),
  ]);
  for (const r of (await admin().query<{ id: string; slug: string }>("select id, slug from public.services")).rows) serviceIds[r.slug] = r.id;
  await admin().query("delete from public.escalation_policies where service_id = $1 and severity in ('P2', 'P3')", [serviceIds.web]);
  levelPolicy = (
    await admin().query<{ id: string }>("insert into public.escalation_policies (service_id, severity) values ($1, 'P2') returning id", [
      serviceIds.web,
    ])
  ).rows[0].id;
});
afterAll(async () => {
  await admin().query("delete from public.escalation_policies where service_id = $1 and severity in ('P2', 'P3')", [serviceIds.web]);
});

async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  return (await admin().query(sql, params)).rows[0] as T;
}

/** A rotation made as superuser, with `participants` in order. */
async function arrangeRotation(participants: string[] = []): Promise<string> {
  const { id } = await one<{ id: string }>(
    `insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date)
     values ($1, 'Europe/Paris', 'days', 1, '09:00', '2026-12-01') returning id`,
    [`t-rotation-${tag()}`],
  );
  for (const [i, p] of participants.entries()) {
    await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, $2, $3)", [id, i, p]);
  }
  return id;
}

// ── Anon ───────────────────────────────────────────────────────────────────────────────────────
describe("on-call: without a token", () => {
  it.each(TABLES)("nobody reads or writes %s (401, 42501)", async (table) => {
    expect(await rest(`${table}?select=*`, { token: null })).toEqual(denied(401, table));
    expect(await rest(table, { token: null, method: "POST", body: {} })).toEqual(denied(401, table));
    expect(await rest(`${table}?select=*`, { token: null, method: "PATCH", body: {} })).toEqual(denied(401, table));
    expect(await rest(table, { token: null, method: "DELETE" })).toEqual(denied(401, table));
  });

  it("nobody calls save_rotation or create_calendar_feed (401, 42501)", async () => {
    const save = await rest("rpc/save_rotation", {
      token: null,
      method: "POST",
      body: { name: "x", time_zone: "UTC", shift_unit: "days", shift_count: 1, handoff_time: "09:00", start_date: "2026-12-01", participants: ["x"] },
    });
    expect(save.status).toBe(401);
    expect(save.body).toMatchObject({ code: "42501", message: "permission denied for function save_rotation" });
    const feed = await rest("rpc/create_calendar_feed", { token: null, method: "POST", body: { scope: "person", person_id: "x" } });
    expect(feed.status).toBe(401);
    expect(feed.body).toMatchObject({ code: "42501", message: "permission denied for function create_calendar_feed" });
  });
});

// ── Reading ────────────────────────────────────────────────────────────────────────────────────
describe("on-call: reading", () => {
  it.each(ROLES)("a %s reads the seeded rotations, participants, matrix, groups and checklist", async (role) => {
    const t = people[role].token;
    const rotations = await rest<{ name: string }[]>("rotations?select=name&name=in.(API primary,Database,Follow the sun)&order=name", { token: t });
    expect(rotations).toEqual({ status: 200, body: [{ name: "API primary" }, { name: "Database" }, { name: "Follow the sun" }] });
    const participants = await rest<unknown[]>("rotation_participants?select=person_id,rotations!inner(name)&rotations.name=eq.API primary&order=position", {
      token: t,
    });
    expect(participants.status).toBe(200);
    expect(participants.body.map((p) => (p as { person_id: string }).person_id)).toEqual(["demo-marcus", "demo-hannah", "demo-noah", "demo-diego"]);
    for (const table of TABLES.filter((x) => x !== "calendar_feed_tokens")) {
      const r = await rest<unknown[]>(`${table}?select=*&limit=1`, { token: t });
      expect(r.status, table).toBe(200);
      expect(r.body.length, table).toBe(1);
    }
    const levels = await rest<unknown[]>(`escalation_levels?select=level,target_kind,escalation_policies!inner(service_id,severity)&escalation_policies.service_id=eq.${serviceIds.api}&escalation_policies.severity=is.null&order=level`, { token: t });
    expect(levels.body.map((l) => (l as { target_kind: string }).target_kind)).toEqual(["rotation_primary", "rotation_secondary", "group"]);
  });

  it("everything a signed-in person reads matches the table (no hidden rows except feed tokens)", async () => {
    for (const table of ["rotations", "rotation_overrides", "oncall_checklist_status", "oncall_group_members"]) {
      const { rows } = await admin().query(`select count(*)::int as n from public.${table}`);
      const r = await rest<unknown[]>(`${table}?select=*`, { token: people.responder.token });
      // Other files add rows meanwhile: at least as many as counted before.
      expect(r.body.length, table).toBeGreaterThanOrEqual(rows[0].n);
    }
  });
});

// ── Configuration: leads and admins write, responders only read ───────────────────────────────
interface Entity {
  table: string;
  key: string[];
  /** A body for POST, with the parent rows it needs made. */
  body: () => Promise<Record<string, unknown>>;
  /** A row made as superuser, for PATCH and DELETE. */
  arrange: () => Promise<Record<string, string>>;
  patch?: Record<string, unknown>;
}

const ENTITIES: Entity[] = [
  {
    table: "rotations",
    key: ["id"],
    body: async () => ({ name: `t-new-${tag()}`, time_zone: "Asia/Tokyo", shift_unit: "hours", shift_count: 12, handoff_time: "08:30:00", start_date: "2026-12-07" }),
    arrange: async () => ({ id: await arrangeRotation() }),
    patch: { name: "Renamed rotation", shift_count: 2 },
  },
  {
    table: "rotation_services",
    key: ["rotation_id", "service_id"],
    body: async () => ({ rotation_id: await arrangeRotation(), service_id: serviceIds.api }),
    arrange: async () => {
      const rotation_id = await arrangeRotation();
      await admin().query("insert into public.rotation_services values ($1, $2)", [rotation_id, serviceIds.web]);
      return { rotation_id, service_id: serviceIds.web };
    },
  },
  {
    table: "rotation_participants",
    key: ["id"],
    body: async () => ({ rotation_id: await arrangeRotation(), position: 0, person_id: people.other.id }),
    arrange: async () => {
      const rotation = await arrangeRotation([people.other.id]);
      return { id: (await one<{ id: string }>("select id from public.rotation_participants where rotation_id = $1", [rotation])).id };
    },
    patch: { person_id: people.responder?.id ?? "", position: 3 },
  },
  {
    table: "oncall_groups",
    key: ["id"],
    body: async () => ({ name: `t-group-${tag()}`, description: "made by a test" }),
    arrange: async () => ({ id: (await one<{ id: string }>("insert into public.oncall_groups (name) values ($1) returning id", [`t-group-${tag()}`])).id }),
    patch: { description: "edited" },
  },
  {
    table: "oncall_group_members",
    key: ["group_id", "person_id"],
    body: async () => ({
      group_id: (await one<{ id: string }>("insert into public.oncall_groups (name) values ($1) returning id", [`t-group-${tag()}`])).id,
      person_id: people.other.id,
    }),
    arrange: async () => {
      const { id } = await one<{ id: string }>("insert into public.oncall_groups (name) values ($1) returning id", [`t-group-${tag()}`]);
      await admin().query("insert into public.oncall_group_members values ($1, $2)", [id, people.other.id]);
      return { group_id: id, person_id: people.other.id };
    },
  },
  {
    table: "escalation_policies",
    key: ["id"],
    body: async () => {
      await admin().query("delete from public.escalation_policies where service_id = $1 and severity = 'P3'", [serviceIds.web]);
      return { service_id: serviceIds.web, severity: "P3" };
    },
    arrange: async () => {
      await admin().query("delete from public.escalation_policies where service_id = $1 and severity = 'P3'", [serviceIds.web]);
      return { id: (await one<{ id: string }>("insert into public.escalation_policies (service_id, severity) values ($1, 'P3') returning id", [serviceIds.web])).id };
    },
  },
  {
    table: "escalation_levels",
    key: ["id"],
    body: async () => ({ policy_id: levelPolicy, level: nextLevel++, target_kind: "person", target_person_id: people.other.id, wait_minutes: 0, repeat_count: 0 }),
    arrange: async () => ({
      id: (
        await one<{ id: string }>(
          "insert into public.escalation_levels (policy_id, level, target_kind, target_person_id) values ($1, $2, 'person', $3) returning id",
          [levelPolicy, nextLevel++, people.other.id],
        )
      ).id,
    }),
    patch: { wait_minutes: 30, repeat_count: 3 },
  },
  {
    table: "oncall_checklist_items",
    key: ["id"],
    body: async () => ({ title: `t-item-${tag()}`, position: 99 }),
    arrange: async () => ({ id: (await one<{ id: string }>("insert into public.oncall_checklist_items (title, position) values ($1, 99) returning id", [`t-item-${tag()}`])).id }),
    patch: { title: "Edited item" },
  },
];

const filterOf = (key: Record<string, string>) => Object.entries(key).map(([k, v]) => `${k}=eq.${v}`).join("&");
async function rowOf(table: string, key: Record<string, string>) {
  const cols = Object.keys(key);
  const { rows } = await admin().query(`select * from public.${table} where ${cols.map((c, i) => `${c} = $${i + 1}`).join(" and ")}`, Object.values(key));
  return rows[0];
}

describe("on-call configuration: who changes it", () => {
  for (const e of ENTITIES) {
    it(`a responder cannot add, edit or remove ${e.table}; nothing changes`, async () => {
      const body = await e.body();
      expect(await rest(e.table, { token: people.responder.token, method: "POST", body, prefer: REPR })).toEqual(rlsRefused(e.table));
      const key = await e.arrange();
      const before = await rowOf(e.table, key);
      if (e.patch) {
        const patch = e.table === "rotation_participants" ? { ...e.patch, person_id: people.responder.id } : e.patch;
        expect(await rest(`${e.table}?${filterOf(key)}`, { token: people.responder.token, method: "PATCH", body: patch, prefer: REPR })).toEqual({
          status: 200,
          body: [],
        });
      }
      expect(await rest(`${e.table}?${filterOf(key)}`, { token: people.responder.token, method: "DELETE", prefer: REPR })).toEqual({
        status: 200,
        body: [],
      });
      expect(await rowOf(e.table, key)).toEqual(before);
    });

    it.each(["lead", "admin"] as const)(`a %s adds, edits and removes ${e.table}`, async (role) => {
      const token = people[role].token;
      const body = await e.body();
      const added = await rest<Record<string, string>[]>(e.table, { token, method: "POST", body, prefer: REPR });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body).toEqual([expect.objectContaining(body)]);
      const addedKey = Object.fromEntries(e.key.map((k) => [k, added.body[0][k]]));
      expect(await rowOf(e.table, addedKey)).toBeDefined();
      if (e.patch) {
        const patch = e.table === "rotation_participants" ? { ...e.patch, person_id: people.responder.id } : e.patch;
        const edited = await rest(`${e.table}?${filterOf(addedKey)}`, { token, method: "PATCH", body: patch, prefer: REPR });
        expect(edited).toEqual({ status: 200, body: [expect.objectContaining(patch)] });
      }
      const removed = await rest(`${e.table}?${filterOf(addedKey)}`, { token, method: "DELETE", prefer: REPR });
      expect(removed).toEqual({ status: 200, body: [expect.objectContaining(addedKey)] });
      expect(await rowOf(e.table, addedKey)).toBeUndefined();
    });
  }

  it("a lead saves a rotation with its participants and services through save_rotation; a responder cannot (403, 42501)", async () => {
    const args = {
      name: `t-saved-${tag()}`,
      time_zone: "America/Chicago",
      shift_unit: "weeks",
      shift_count: 1,
      handoff_time: "09:00",
      start_date: "2026-11-30",
      participants: [people.responder.id, people.other.id],
      service_ids: [serviceIds.api],
    };
    const refused = await rest("rpc/save_rotation", { token: people.responder.token, method: "POST", body: args });
    expect(refused).toEqual({ status: 403, body: expect.objectContaining({ code: "42501", message: "only leads and admins edit rotations" }) });
    expect((await admin().query("select 1 from public.rotations where name = $1", [args.name])).rowCount).toBe(0);

    const saved = await rest<{ id: string; name: string; handoff_time: string }>("rpc/save_rotation", { token: people.lead.token, method: "POST", body: args });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: args.name, handoff_time: "09:00:00" });
    const order = async () =>
      (await admin().query("select person_id from public.rotation_participants where rotation_id = $1 order by position", [saved.body.id])).rows.map((r) => r.person_id);
    expect(await order()).toEqual([people.responder.id, people.other.id]);

    // Reorder and add one: only the slots that change are written.
    const again = await rest("rpc/save_rotation", {
      token: people.lead.token,
      method: "POST",
      body: { ...args, rotation_id: saved.body.id, participants: [people.other.id, people.responder.id, people.lead.id], service_ids: [serviceIds.web] },
    });
    expect(again.status).toBe(200);
    expect(await order()).toEqual([people.other.id, people.responder.id, people.lead.id]);
    const { rows: services } = await admin().query("select service_id from public.rotation_services where rotation_id = $1", [saved.body.id]);
    expect(services).toEqual([{ service_id: serviceIds.web }]);

    const missing = await rest("rpc/save_rotation", { token: people.lead.token, method: "POST", body: { ...args, rotation_id: "00000000-0000-4000-8000-000000000000" } });
    expect(missing).toEqual({ status: 404, body: expect.objectContaining({ code: "P0002", message: "no such rotation" }) });
  });

  it("a lead swaps two participants' positions in one transaction (the unique position is deferrable)", async () => {
    const rotation = await arrangeRotation([people.responder.id, people.other.id]);
    await inRolledBackTransaction({ personId: people.lead.id }, async (c) => {
      await c.query("set constraints public.rotation_participants_position_key deferred");
      await c.query("update public.rotation_participants set position = 1 - position where rotation_id = $1 and position = 0", [rotation]);
      await c.query("update public.rotation_participants set position = 0 where rotation_id = $1 and person_id = $2", [rotation, people.other.id]);
      await c.query("set constraints public.rotation_participants_position_key immediate");
      const { rows } = await c.query("select person_id from public.rotation_participants where rotation_id = $1 order by position", [rotation]);
      expect(rows.map((r) => r.person_id)).toEqual([people.other.id, people.responder.id]);
    });
  });
});

// ── Overrides ──────────────────────────────────────────────────────────────────────────────────
describe("on-call overrides: who makes them", () => {
  const range = (day: number) => ({ starts_at: `2027-01-${String(day).padStart(2, "0")}T09:00:00Z`, ends_at: `2027-01-${String(day).padStart(2, "0")}T21:00:00Z` });

  it("a responder takes a shift for themself (replace or add) and removes such an override of their own", async () => {
    const rotation = await arrangeRotation([people.other.id, people.responder.id]);
    const me = people.responder;
    const replace = await rest<{ id: string; created_by: string }[]>("rotation_overrides", {
      token: me.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "replace", add_person_id: me.id, remove_person_id: people.other.id, ...range(4) },
      prefer: REPR,
    });
    expect(replace.status).toBe(201);
    expect(replace.body[0].created_by).toBe(me.id);
    const add = await rest<{ id: string }[]>("rotation_overrides", {
      token: me.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "add", add_person_id: me.id, ...range(5) },
      prefer: REPR,
    });
    expect(add.status).toBe(201);
    // Editing is for leads, even of one's own.
    expect(await rest(`rotation_overrides?id=eq.${add.body[0].id}`, { token: me.token, method: "PATCH", body: { note: "x" }, prefer: REPR })).toEqual({
      status: 200,
      body: [],
    });
    for (const id of [replace.body[0].id, add.body[0].id]) {
      const removed = await rest(`rotation_overrides?id=eq.${id}`, { token: me.token, method: "DELETE", prefer: REPR });
      expect(removed).toEqual({ status: 200, body: [expect.objectContaining({ id })] });
    }
  });

  it.each([
    ["cover for someone as another person", (me: string, other: string) => ({ kind: "replace", add_person_id: other, remove_person_id: me })],
    ["add someone else", (_me: string, other: string) => ({ kind: "add", add_person_id: other })],
    ["remove someone", (_me: string, other: string) => ({ kind: "remove", remove_person_id: other })],
    ["remove themself", (me: string) => ({ kind: "remove", remove_person_id: me })],
  ])("a responder cannot %s (403, 42501 row-level security); nothing is saved", async (_what, make) => {
    const rotation = await arrangeRotation([people.other.id, people.responder.id]);
    const r = await rest("rotation_overrides", {
      token: people.responder.token,
      method: "POST",
      body: { rotation_id: rotation, ...make(people.responder.id, people.other.id), ...range(6) },
      prefer: REPR,
    });
    expect(r).toEqual(rlsRefused("rotation_overrides"));
    expect((await admin().query("select 1 from public.rotation_overrides where rotation_id = $1", [rotation])).rowCount).toBe(0);
  });

  it("a responder cannot remove an override a lead made, even one putting them on call, nor another person's", async () => {
    const rotation = await arrangeRotation([people.other.id, people.responder.id]);
    const byLead = await rest<{ id: string }[]>("rotation_overrides", {
      token: people.lead.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "replace", add_person_id: people.responder.id, remove_person_id: people.other.id, ...range(7) },
      prefer: REPR,
    });
    expect(byLead.status).toBe(201);
    const byOther = await rest<{ id: string }[]>("rotation_overrides", {
      token: people.other.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "add", add_person_id: people.other.id, ...range(8) },
      prefer: REPR,
    });
    expect(byOther.status).toBe(201);
    for (const id of [byLead.body[0].id, byOther.body[0].id]) {
      expect(await rest(`rotation_overrides?id=eq.${id}`, { token: people.responder.token, method: "DELETE", prefer: REPR })).toEqual({ status: 200, body: [] });
    }
    expect((await admin().query("select 1 from public.rotation_overrides where rotation_id = $1", [rotation])).rowCount).toBe(2);
  });

  it.each(["lead", "admin"] as const)("a %s makes, edits and removes overrides for anyone", async (role) => {
    const rotation = await arrangeRotation([people.other.id, people.responder.id]);
    const token = people[role].token;
    const made = await rest<{ id: string }[]>("rotation_overrides", {
      token,
      method: "POST",
      body: { rotation_id: rotation, kind: "remove", remove_person_id: people.other.id, ...range(9) },
      prefer: REPR,
    });
    expect(made.status).toBe(201);
    const id = made.body[0].id;
    const edited = await rest(`rotation_overrides?id=eq.${id}`, { token, method: "PATCH", body: { ...range(10), note: "moved a day" }, prefer: REPR });
    expect(edited).toEqual({ status: 200, body: [expect.objectContaining({ id, note: "moved a day", starts_at: "2027-01-10T09:00:00+00:00" })] });
    expect(await rest(`rotation_overrides?id=eq.${id}`, { token, method: "DELETE", prefer: REPR })).toEqual({ status: 200, body: [expect.objectContaining({ id })] });
  });

  it("created_by is who asked, not what the request says (no grant on it: 403, 42501)", async () => {
    const rotation = await arrangeRotation([people.responder.id]);
    const r = await rest("rotation_overrides", {
      token: people.responder.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "add", add_person_id: people.responder.id, created_by: people.lead.id, ...range(11) },
    });
    expect(r).toEqual(denied(403, "rotation_overrides"));
  });
});

// ── Readiness and handoff notes ────────────────────────────────────────────────────────────────
describe("on-call readiness checklist status", () => {
  let item: string;
  beforeAll(async () => {
    item = (await one<{ id: string }>("insert into public.oncall_checklist_items (title, position) values ($1, 50) returning id", [`t-item-${tag()}`])).id;
  });

  it("a responder sets and edits their own status, not someone else's", async () => {
    const me = people.responder;
    const own = await rest("oncall_checklist_status", { token: me.token, method: "POST", body: { item_id: item, person_id: me.id, status: "requested" }, prefer: REPR });
    expect(own).toEqual({ status: 201, body: [expect.objectContaining({ item_id: item, person_id: me.id, status: "requested", updated_by: me.id })] });
    const edit = await rest(`oncall_checklist_status?item_id=eq.${item}&person_id=eq.${me.id}`, { token: me.token, method: "PATCH", body: { status: "ready" }, prefer: REPR });
    expect(edit).toEqual({ status: 200, body: [expect.objectContaining({ status: "ready" })] });

    const theirs = await rest("oncall_checklist_status", { token: me.token, method: "POST", body: { item_id: item, person_id: people.other.id, status: "ready" } });
    expect(theirs).toEqual(rlsRefused("oncall_checklist_status"));
    await admin().query("insert into public.oncall_checklist_status (item_id, person_id) values ($1, $2) on conflict do nothing", [item, people.other.id]);
    const editTheirs = await rest(`oncall_checklist_status?item_id=eq.${item}&person_id=eq.${people.other.id}`, {
      token: me.token,
      method: "PATCH",
      body: { status: "ready" },
      prefer: REPR,
    });
    expect(editTheirs).toEqual({ status: 200, body: [] });
    expect((await one<{ status: string }>("select status from public.oncall_checklist_status where item_id = $1 and person_id = $2", [item, people.other.id])).status).toBe("missing");
  });

  it.each(["lead", "admin"] as const)("a %s sets anyone's status", async (role) => {
    const target = await createPerson("responder");
    const r = await rest("oncall_checklist_status", { token: people[role].token, method: "POST", body: { item_id: item, person_id: target.id, status: "ready" }, prefer: REPR });
    expect(r).toEqual({ status: 201, body: [expect.objectContaining({ person_id: target.id, updated_by: people[role].id })] });
    const edit = await rest(`oncall_checklist_status?item_id=eq.${item}&person_id=eq.${target.id}`, {
      token: people[role].token,
      method: "PATCH",
      body: { status: "missing", note: "lost access" },
      prefer: REPR,
    });
    expect(edit).toEqual({ status: 200, body: [expect.objectContaining({ status: "missing", note: "lost access" })] });
  });
});

describe("on-call handoff notes", () => {
  it("a participant leaves a note and edits it; someone not on the rotation cannot; a lead removes it", async () => {
    const rotation = await arrangeRotation([people.responder.id]);
    const note = await rest<{ id: string; author_id: string }[]>("rotation_handoff_notes", {
      token: people.responder.token,
      method: "POST",
      body: { rotation_id: rotation, body: "Disk alert on db-2 is known; ticket OPS-12." },
      prefer: REPR,
    });
    expect(note.status).toBe(201);
    expect(note.body[0].author_id).toBe(people.responder.id);
    const id = note.body[0].id;

    expect(await rest("rotation_handoff_notes", { token: people.other.token, method: "POST", body: { rotation_id: rotation, body: "not mine to write" } })).toEqual(
      rlsRefused("rotation_handoff_notes"),
    );
    expect(await rest(`rotation_handoff_notes?id=eq.${id}`, { token: people.other.token, method: "PATCH", body: { body: "defaced" }, prefer: REPR })).toEqual({
      status: 200,
      body: [],
    });
    expect(await rest(`rotation_handoff_notes?id=eq.${id}`, { token: people.other.token, method: "DELETE", prefer: REPR })).toEqual({ status: 200, body: [] });
    const edited = await rest(`rotation_handoff_notes?id=eq.${id}`, { token: people.responder.token, method: "PATCH", body: { body: "Fixed, ignore." }, prefer: REPR });
    expect(edited).toEqual({ status: 200, body: [expect.objectContaining({ body: "Fixed, ignore.", author_id: people.responder.id })] });

    // Someone covering by an override may leave one too; a lead may, and removes others' notes.
    await admin().query(
      "insert into public.rotation_overrides (rotation_id, kind, add_person_id, starts_at, ends_at) values ($1, 'add', $2, now(), now() + interval '1 hour')",
      [rotation, people.other.id],
    );
    expect((await rest("rotation_handoff_notes", { token: people.other.token, method: "POST", body: { rotation_id: rotation, body: "covering today" } })).status).toBe(201);
    expect((await rest("rotation_handoff_notes", { token: people.lead.token, method: "POST", body: { rotation_id: rotation, body: "from the lead" } })).status).toBe(201);
    expect(await rest(`rotation_handoff_notes?id=eq.${id}`, { token: people.lead.token, method: "DELETE", prefer: REPR })).toEqual({
      status: 200,
      body: [expect.objectContaining({ id })],
    });
  });
});

// ── Calendar feed tokens ───────────────────────────────────────────────────────────────────────
describe("on-call calendar feed tokens", () => {
  it("each person sees and revokes only their own; leads and admins see all; the hash is stored, never the token", async () => {
    const owner = await createPerson("responder");
    const rotation = await arrangeRotation([owner.id]);
    const made = await rest<string>("rpc/create_calendar_feed", { token: owner.token, method: "POST", body: { scope: "rotation", rotation_id: rotation, label: "phone" } });
    expect(made.status).toBe(200);
    expect(made.body).toMatch(/^[0-9a-f]{64}$/);
    const hash = createHash("sha256").update(made.body).digest("hex");
    const stored = await one<{ id: string; hash: string; owner_id: string }>(
      "select id, encode(token_hash, 'hex') as hash, owner_id from public.calendar_feed_tokens where rotation_id = $1",
      [rotation],
    );
    expect(stored).toMatchObject({ hash, owner_id: owner.id });
    expect(JSON.stringify(await one("select * from public.calendar_feed_tokens where id = $1", [stored.id]))).not.toContain(made.body);

    const mine = await rest<{ id: string }[]>(`calendar_feed_tokens?select=id,owner_id,scope&id=eq.${stored.id}`, { token: owner.token });
    expect(mine).toEqual({ status: 200, body: [{ id: stored.id, owner_id: owner.id, scope: "rotation" }] });
    expect(await rest(`calendar_feed_tokens?select=id&id=eq.${stored.id}`, { token: people.other.token })).toEqual({ status: 200, body: [] });
    const all = await rest<{ owner_id: string }[]>("calendar_feed_tokens?select=owner_id", { token: people.other.token });
    expect(all.body.every((t) => t.owner_id === people.other.id)).toBe(true);
    for (const role of ["lead", "admin"] as const) {
      expect(await rest(`calendar_feed_tokens?select=id&id=eq.${stored.id}`, { token: people[role].token })).toEqual({ status: 200, body: [{ id: stored.id }] });
    }

    // Someone else cannot revoke it; its owner can, once, for good.
    expect(await rest(`calendar_feed_tokens?id=eq.${stored.id}`, { token: people.other.token, method: "PATCH", body: { revoked_at: "2026-11-23T00:00:00Z" }, prefer: REPR })).toEqual({
      status: 200,
      body: [],
    });
    const revoked = await rest(`calendar_feed_tokens?id=eq.${stored.id}`, { token: owner.token, method: "PATCH", body: { revoked_at: "2026-11-23T00:00:00Z" }, prefer: REPR });
    expect(revoked).toEqual({ status: 200, body: [expect.objectContaining({ revoked_at: "2026-11-23T00:00:00+00:00" })] });
    const unrevoke = await rest(`calendar_feed_tokens?id=eq.${stored.id}`, { token: owner.token, method: "PATCH", body: { revoked_at: null } });
    expect(unrevoke).toEqual({ status: 400, body: expect.objectContaining({ code: "23514", message: "a revoked feed stays revoked" }) });

    // A feed for someone else as its owner: the owner column is not the caller's to set.
    const forged = await rest("calendar_feed_tokens", {
      token: people.other.token,
      method: "POST",
      body: { owner_id: owner.id, token_hash: `\\x${"ab".repeat(32)}`, scope: "person", person_id: owner.id },
    });
    expect(forged).toEqual(denied(403, "calendar_feed_tokens"));

    // The history of a feed is as private as the feed, and never holds the hash.
    const history = await rest<{ action: string; after: Record<string, unknown> }[]>(
      `oncall_changes?select=action,after&entity_type=eq.calendar_feed_tokens&entity_id=eq.${stored.id}&order=id`,
      { token: owner.token },
    );
    expect(history.body.map((h) => h.action)).toEqual(["insert", "update"]);
    expect(history.body[0].after).not.toHaveProperty("token_hash");
    expect(await rest(`oncall_changes?select=id&entity_id=eq.${stored.id}`, { token: people.other.token })).toEqual({ status: 200, body: [] });
  });
});

// ── Change history ─────────────────────────────────────────────────────────────────────────────
describe("on-call change history", () => {
  it.each(["responder", "lead", "admin"] as const)("a %s cannot write, edit or delete history (403, 42501)", async (role) => {
    const token = people[role].token;
    const last = await one<{ id: string }>("select id from public.oncall_changes order by id desc limit 1");
    const before = await one("select * from public.oncall_changes where id = $1", [last.id]);
    expect(await rest("oncall_changes", { token, method: "POST", body: { entity_type: "rotations", entity_id: "x", action: "insert", after: {} } })).toEqual(
      denied(403, "oncall_changes"),
    );
    expect(await rest(`oncall_changes?id=eq.${last.id}`, { token, method: "PATCH", body: { entity_type: "forged" } })).toEqual(denied(403, "oncall_changes"));
    expect(await rest(`oncall_changes?id=eq.${last.id}`, { token, method: "DELETE" })).toEqual(denied(403, "oncall_changes"));
    expect(await one("select * from public.oncall_changes where id = $1", [last.id])).toEqual(before);
  });

  it("every change is recorded with its before, after and who; everyone signed in reads it", async () => {
    const lead = people.lead;
    const made = await rest<{ id: string }[]>("rotations", {
      token: lead.token,
      method: "POST",
      body: { name: `t-history-${tag()}`, time_zone: "UTC", shift_unit: "days", shift_count: 1, handoff_time: "09:00", start_date: "2026-12-01" },
      prefer: REPR,
    });
    const id = made.body[0].id;
    await rest(`rotations?id=eq.${id}`, { token: people.admin.token, method: "PATCH", body: { shift_count: 2 } });
    await rest(`rotations?id=eq.${id}`, { token: lead.token, method: "PATCH", body: { shift_count: 2 } }); // no change: not recorded
    await rest(`rotations?id=eq.${id}`, { token: lead.token, method: "DELETE" });

    const history = await rest<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; changed_by: string }[]>(
      `oncall_changes?select=action,before,after,changed_by,changed_at&entity_type=eq.rotations&entity_id=eq.${id}&order=id`,
      { token: people.responder.token },
    );
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      { action: "insert", before: null, after: expect.objectContaining({ id, shift_count: 1 }), changed_by: lead.id, changed_at: expect.any(String) },
      {
        action: "update",
        before: expect.objectContaining({ shift_count: 1 }),
        after: expect.objectContaining({ shift_count: 2 }),
        changed_by: people.admin.id,
        changed_at: expect.any(String),
      },
      { action: "delete", before: expect.objectContaining({ id, shift_count: 2 }), after: null, changed_by: lead.id, changed_at: expect.any(String) },
    ]);
  });

  it("overrides, participants and checklist status changes are recorded too; the seed's have no actor", async () => {
    const rotation = await arrangeRotation([people.other.id]);
    const o = await rest<{ id: string }[]>("rotation_overrides", {
      token: people.responder.token,
      method: "POST",
      body: { rotation_id: rotation, kind: "add", add_person_id: people.responder.id, starts_at: "2027-02-01T00:00:00Z", ends_at: "2027-02-02T00:00:00Z" },
      prefer: REPR,
    });
    const { rows } = await admin().query("select entity_type, action, changed_by, after ->> 'kind' as kind from public.oncall_changes where entity_id = $1", [o.body[0].id]);
    expect(rows).toEqual([{ entity_type: "rotation_overrides", action: "insert", changed_by: people.responder.id, kind: "add" }]);
    const participants = await admin().query(
      "select action, changed_by from public.oncall_changes where entity_type = 'rotation_participants' and after ->> 'rotation_id' = $1",
      [rotation],
    );
    expect(participants.rows).toEqual([{ action: "insert", changed_by: null }]); // arranged as superuser
    const seeded = await admin().query(
      "select count(*)::int as n from public.oncall_changes c join public.rotations r on c.entity_id = r.id::text where r.name = 'API primary' and c.action = 'insert' and c.changed_by is null",
    );
    expect(seeded.rows[0].n).toBe(1);
  });
});
