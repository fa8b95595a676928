// public.people through PostgREST, as an attacker with a browser and the anon key would call it:
// who may read profiles, who may edit which columns of which rows, and who may change roles.
// Every test makes its own people; the seeded demo people are only ever read.
import { describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import { admin, createPerson, inRolledBackTransaction, personRow, pgError, rest, tokenFor } from "../support/db";

const ROLES: AppRole[] = ["responder", "lead", "admin"];
const NON_ADMINS: AppRole[] = ["responder", "lead"];
const REPR = "return=representation";

const DEMO_PEOPLE = [
  ["demo-aisha", "Aisha Bello", "responder"],
  ["demo-ana", "Ana Souza", "admin"],
  ["demo-diego", "Diego Álvarez", "responder"],
  ["demo-emma", "Emma Schulz", "responder"],
  ["demo-hannah", "Hannah Kim", "lead"],
  ["demo-kenji", "Kenji Watanabe", "responder"],
  ["demo-liam", "Liam O'Brien", "lead"],
  ["demo-marcus", "Marcus Chen", "responder"],
  ["demo-noah", "Noah Williams", "responder"],
  ["demo-olivia", "Olivia Brown", "responder"],
  ["demo-priya", "Priya Raman", "lead"],
  ["demo-sofia", "Sofía García", "responder"],
].map(([id, name, role]) => ({ id, name, role }));

const patch = (id: string, token: string | null, body: unknown, prefer?: string) =>
  rest<unknown>(`people?id=eq.${encodeURIComponent(id)}`, { token, method: "PATCH", body, prefer });

describe("people: reading", () => {
  it("without a token nobody can read people (401, 42501 permission denied)", async () => {
    const r = await rest("people?select=id", { token: null });
    expect(r).toEqual({
      status: 401,
      body: { code: "42501", details: null, hint: null, message: "permission denied for table people" },
    });
  });

  it("a token signed with another secret is rejected (401, PGRST301 invalid signature)", async () => {
    const me = await createPerson("admin");
    const forged = await tokenFor(me.id, "admin", { secret: "not-the-stack-secret-but-at-least-32-characters" });
    const r = await rest("people?select=id", { token: forged });
    expect(r).toEqual({
      status: 401,
      body: { code: "PGRST301", details: null, hint: null, message: "JWSError JWSInvalidSignature" },
    });
  });

  it("an expired token is rejected (401, PGRST301 JWT expired)", async () => {
    const me = await createPerson("admin");
    const expired = await tokenFor(me.id, "admin", { now: Date.now() - 60 * 60 * 1000 });
    const r = await rest("people?select=id", { token: expired });
    expect(r).toEqual({ status: 401, body: { code: "PGRST301", details: null, hint: null, message: "JWT expired" } });
  });

  it.each(ROLES)("a signed-in %s reads all 12 seeded demo people with their roles", async (role) => {
    const me = await createPerson(role);
    const r = await rest<{ id: string; name: string; role: string }[]>("people?select=id,name,role&id=like.demo-*&order=id", {
      token: me.token,
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(DEMO_PEOPLE);
  });

  it.each(ROLES)("a signed-in %s reads every person in the table, other people's contacts included", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("responder", "Contact Person");
    await admin().query("update public.people set phone = '+1 555 0100', chat_handle = '@contact', time_zone = 'Asia/Tokyo' where id = $1", [
      other.id,
    ]);
    // Other test files add people concurrently (nobody deletes any): what the API returns must lie
    // between the table just before and just after the request.
    const idsNow = async () => (await admin().query<{ id: string }>("select id from public.people")).rows.map((p) => p.id);
    const before = await idsNow();
    const r = await rest<{ id: string }[]>("people?select=id", { token: me.token });
    const after = await idsNow();
    expect(r.status).toBe(200);
    const seen = r.body.map((p) => p.id);
    expect(seen).toEqual(expect.arrayContaining([me.id, other.id, ...DEMO_PEOPLE.map((p) => p.id), ...before]));
    expect(after).toEqual(expect.arrayContaining(seen));
    expect(new Set(seen).size).toBe(seen.length);
    const theirs = await rest(`people?id=eq.${other.id}&select=name,email,phone,chat_handle,time_zone,role`, { token: me.token });
    expect(theirs).toEqual({
      status: 200,
      body: [
        { name: "Contact Person", email: other.email, phone: "+1 555 0100", chat_handle: "@contact", time_zone: "Asia/Tokyo", role: "responder" },
      ],
    });
  });
});

describe("people: editing profiles", () => {
  it.each(ROLES)("a signed-in %s can update their own name, phone, chat handle and time zone", async (role) => {
    const me = await createPerson(role);
    const before = (await personRow(me.id))!;
    const edit = { name: "Renamed Person", phone: "+44 20 7946 0000", chat_handle: "@renamed", time_zone: "Europe/Paris" };
    const r = await patch(me.id, me.token, edit, REPR);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([expect.objectContaining({ id: me.id, ...edit, role, email: me.email })]);
    const after = (await personRow(me.id))!;
    expect(after).toMatchObject({ ...edit, role, email: me.email });
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it.each(ROLES)("a signed-in %s can clear their own phone and chat handle", async (role) => {
    const me = await createPerson(role);
    await admin().query("update public.people set phone = '+1 555 0100', chat_handle = '@me' where id = $1", [me.id]);
    const r = await patch(me.id, me.token, { phone: null, chat_handle: null }, REPR);
    expect(r.status).toBe(200);
    expect(await personRow(me.id)).toMatchObject({ phone: null, chat_handle: null });
  });

  it.each(NON_ADMINS)("a %s cannot update another person's profile (200, no rows; row unchanged)", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("responder", "Untouched");
    const before = await personRow(other.id);
    const r = await patch(other.id, me.token, { name: "Hijacked", phone: "+1 555 6666", time_zone: "Asia/Tokyo" }, REPR);
    expect(r).toEqual({ status: 200, body: [] });
    expect(await personRow(other.id)).toEqual(before);
  });

  it.each(NON_ADMINS)("a %s's update of another person without return=representation answers 204 and changes nothing", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("lead", "Untouched");
    const before = await personRow(other.id);
    const r = await patch(other.id, me.token, { name: "Hijacked" });
    expect(r).toEqual({ status: 204, body: null });
    expect(await personRow(other.id)).toEqual(before);
  });

  it.each(NON_ADMINS)("a %s's unfiltered update touches only their own row", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("responder", "Untouched");
    const before = await personRow(other.id);
    const r = await rest<{ id: string }[]>("people", { token: me.token, method: "PATCH", body: { chat_handle: "@everyone" }, prefer: REPR });
    expect(r.status).toBe(200);
    expect(r.body.map((p) => p.id)).toEqual([me.id]);
    expect(await personRow(other.id)).toEqual(before);
  });

  it("an admin can update another person's profile", async () => {
    const me = await createPerson("admin");
    const other = await createPerson("responder");
    const r = await patch(other.id, me.token, { name: "Fixed By Admin", time_zone: "Asia/Kolkata" }, REPR);
    expect(r.status).toBe(200);
    expect(await personRow(other.id)).toMatchObject({ name: "Fixed By Admin", time_zone: "Asia/Kolkata", role: "responder" });
  });

  it("without a token nobody can update a profile (401, 42501)", async () => {
    const other = await createPerson("responder");
    const before = await personRow(other.id);
    const r = await patch(other.id, null, { name: "Anonymous" }, REPR);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501", message: "permission denied for table people" });
    expect(await personRow(other.id)).toEqual(before);
  });

  it("a forged token cannot update even its subject's own profile (401, PGRST301)", async () => {
    const me = await createPerson("admin");
    const before = await personRow(me.id);
    const forged = await tokenFor(me.id, "admin", { secret: "not-the-stack-secret-but-at-least-32-characters" });
    const r = await patch(me.id, forged, { name: "Forged" }, REPR);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "PGRST301" });
    expect(await personRow(me.id)).toEqual(before);
  });

  it("an expired token cannot update its subject's own profile (401, PGRST301)", async () => {
    const me = await createPerson("admin");
    const before = await personRow(me.id);
    const expired = await tokenFor(me.id, "admin", { now: Date.now() - 10 * 60 * 1000 });
    const r = await patch(me.id, expired, { name: "Expired" }, REPR);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "PGRST301", message: "JWT expired" });
    expect(await personRow(me.id)).toEqual(before);
  });

  it.each([
    ["email", "someone-else@example.com"],
    ["id", "t-renamed-id"],
    ["created_at", "2000-01-01T00:00:00Z"],
    ["updated_at", "2000-01-01T00:00:00Z"],
  ])("nobody, not even an admin, can write the column %s, even on their own row (403, 42501)", async (column, value) => {
    // Column grants are per database role (authenticated), the same for every app role: the
    // strongest app role stands for all of them.
    const me = await createPerson("admin");
    const before = await personRow(me.id);
    const r = await patch(me.id, me.token, { [column]: value }, REPR);
    expect(r).toEqual({
      status: 403,
      body: { code: "42501", details: null, hint: null, message: "permission denied for table people" },
    });
    expect(await personRow(me.id)).toEqual(before);
  });

  it.each([
    ["an unknown time zone", { time_zone: "Mars/Olympus_Mons" }, "people_time_zone_check"],
    ["a made-up time zone", { time_zone: "Europe/Atlantis" }, "people_time_zone_check"],
    ["a phone number with letters", { phone: "call me maybe" }, "people_phone_check"],
    ["a phone number that is too short", { phone: "+1 23" }, "people_phone_check"],
    ["an empty name", { name: "" }, "people_name_check"],
    ["a name of only spaces", { name: "    " }, "people_name_check"],
    ["a name longer than 100 characters", { name: "x".repeat(101) }, "people_name_check"],
    ["an empty chat handle", { chat_handle: "" }, "people_chat_handle_check"],
    ["a chat handle longer than 64 characters", { chat_handle: "@".padEnd(65, "h") }, "people_chat_handle_check"],
  ])("a profile with %s is refused (400, 23514) and the row is unchanged", async (_what, body, constraint) => {
    const me = await createPerson("responder");
    const before = await personRow(me.id);
    const r = await patch(me.id, me.token, body, REPR);
    expect(r).toEqual({
      status: 400,
      body: { code: "23514", details: null, hint: null, message: `new row for relation "people" violates check constraint "${constraint}"` },
    });
    expect(await personRow(me.id)).toEqual(before);
  });

  it("a null name is refused (400, 23502 not-null violation)", async () => {
    const me = await createPerson("responder");
    const r = await patch(me.id, me.token, { name: null }, REPR);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "23502" });
  });
});

describe("people: creating and deleting", () => {
  it.each(ROLES)("a signed-in %s cannot create a person through the API (403, 42501)", async (role) => {
    const me = await createPerson(role);
    const id = `t-injected-${role}-${Date.now()}`;
    const r = await rest("people", {
      token: me.token,
      method: "POST",
      body: { id, name: "Injected", email: `${id}@example.com`, role: "admin" },
      prefer: REPR,
    });
    expect(r).toEqual({ status: 403, body: { code: "42501", details: null, hint: null, message: "permission denied for table people" } });
    expect(await personRow(id)).toBeUndefined();
  });

  it("without a token nobody can create a person (401, 42501)", async () => {
    const id = `t-injected-anon-${Date.now()}`;
    const r = await rest("people", { token: null, method: "POST", body: { id, name: "Injected", email: `${id}@example.com` } });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501" });
    expect(await personRow(id)).toBeUndefined();
  });

  it.each(ROLES)("a signed-in %s cannot delete a person through the API, not even themselves (403, 42501)", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("responder");
    for (const id of [me.id, other.id]) {
      const r = await rest(`people?id=eq.${id}`, { token: me.token, method: "DELETE", prefer: REPR });
      expect(r).toEqual({ status: 403, body: { code: "42501", details: null, hint: null, message: "permission denied for table people" } });
      expect(await personRow(id)).toBeDefined();
    }
  });

  it("without a token nobody can delete a person (401, 42501)", async () => {
    const other = await createPerson("responder");
    const r = await rest(`people?id=eq.${other.id}`, { token: null, method: "DELETE" });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501" });
    expect(await personRow(other.id)).toBeDefined();
  });
});

describe("people: roles", () => {
  // 42501 raised by the guard trigger for a signed-in caller: PostgREST answers 403.
  const ONLY_ADMINS = { status: 403, body: { code: "42501", details: null, hint: null, message: "only an admin can change roles" } };

  it.each(NON_ADMINS.flatMap((role) => ROLES.filter((to) => to !== role).map((to) => [role, to] as const)))(
    "a %s cannot change their own role to %s (403, 42501); the role is unchanged",
    async (role, to) => {
      const me = await createPerson(role);
      const r = await patch(me.id, me.token, { role: to }, REPR);
      expect(r).toEqual(ONLY_ADMINS);
      expect((await personRow(me.id))!.role).toBe(role);
    },
  );

  it.each(NON_ADMINS)("a %s cannot change their role even together with an allowed edit; nothing is saved", async (role) => {
    const me = await createPerson(role);
    const before = await personRow(me.id);
    const r = await patch(me.id, me.token, { name: "Sneaky", role: "admin" }, REPR);
    expect(r).toEqual(ONLY_ADMINS);
    expect(await personRow(me.id)).toEqual(before);
  });

  it.each(NON_ADMINS)("a %s cannot change another person's role (200, no rows; role unchanged)", async (role) => {
    const me = await createPerson(role);
    const other = await createPerson("responder");
    const r = await patch(other.id, me.token, { role: "admin" }, REPR);
    expect(r).toEqual({ status: 200, body: [] });
    expect((await personRow(other.id))!.role).toBe("responder");
  });

  it("a person may send their current role unchanged along with a profile edit", async () => {
    const me = await createPerson("lead");
    const r = await patch(me.id, me.token, { name: "Same Role", role: "lead" }, REPR);
    expect(r.status).toBe(200);
    expect(await personRow(me.id)).toMatchObject({ name: "Same Role", role: "lead" });
  });

  it.each([
    ["responder", "lead"],
    ["responder", "admin"],
    ["lead", "responder"],
    ["admin", "lead"],
  ] as const)("an admin can change another person's role from %s to %s", async (from, to) => {
    const me = await createPerson("admin");
    const other = await createPerson(from);
    const r = await patch(other.id, me.token, { role: to }, REPR);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([expect.objectContaining({ id: other.id, role: to })]);
    expect((await personRow(other.id))!.role).toBe(to);
  });

  it("an admin can demote themselves while another admin exists", async () => {
    const me = await createPerson("admin");
    await createPerson("admin"); // and demo-ana
    const r = await patch(me.id, me.token, { role: "responder" }, REPR);
    expect(r.status).toBe(200);
    expect((await personRow(me.id))!.role).toBe("responder");
  });

  it("an invalid role is refused (400, 22P02) and the role is unchanged", async () => {
    const me = await createPerson("admin");
    const other = await createPerson("responder");
    const r = await patch(other.id, me.token, { role: "superuser" }, REPR);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "22P02" });
    expect((await personRow(other.id))!.role).toBe("responder");
  });

  it("the last admin cannot demote themselves (23514 'Beacon needs at least one admin')", async () => {
    const me = await createPerson("admin");
    // Made the only admin inside a transaction that is rolled back: other tests never see it.
    const err = await inRolledBackTransaction(
      {
        personId: me.id,
        lockPeople: true,
        arrange: (c) => c.query("update public.people set role = 'lead' where role = 'admin' and id <> $1", [me.id]),
      },
      async (c) => {
        expect((await c.query("select id from public.people where role = 'admin'")).rows).toEqual([{ id: me.id }]);
        return pgError(c.query("update public.people set role = 'responder' where id = $1", [me.id]));
      },
    );
    expect(err).toMatchObject({ code: "23514", message: "Beacon needs at least one admin" });
    expect((await personRow(me.id))!.role).toBe("admin");
  });

  it("the last admin cannot be demoted even over a superuser connection", async () => {
    const me = await createPerson("admin");
    const c = await admin().connect();
    try {
      await c.query("begin");
      await c.query("lock table public.people in share row exclusive mode");
      await c.query("update public.people set role = 'lead' where role = 'admin' and id <> $1", [me.id]);
      const err = await pgError(c.query("update public.people set role = 'responder' where id = $1", [me.id]));
      expect(err).toMatchObject({ code: "23514", message: "Beacon needs at least one admin" });
    } finally {
      await c.query("rollback");
      c.release();
    }
  });

  it("the role that counts is the one in the database: a responder whose token claims admin cannot change another person's role", async () => {
    const me = await createPerson("responder");
    const other = await createPerson("responder");
    const liar = await tokenFor(me.id, "admin");
    const r = await patch(other.id, liar, { role: "lead", name: "Changed" }, REPR);
    expect(r).toEqual({ status: 200, body: [] });
    expect(await personRow(other.id)).toMatchObject({ role: "responder", name: "Test responder" });
  });

  it("the role that counts is the one in the database: a responder whose token claims admin cannot change their own role", async () => {
    const me = await createPerson("responder");
    const liar = await tokenFor(me.id, "admin");
    const r = await patch(me.id, liar, { role: "admin" }, REPR);
    expect(r).toEqual(ONLY_ADMINS);
    expect((await personRow(me.id))!.role).toBe("responder");
  });

  it("an admin demoted in the database loses admin rights at once, with their unexpired token", async () => {
    const me = await createPerson("admin");
    const other = await createPerson("responder");
    await admin().query("update public.people set role = 'lead' where id = $1", [me.id]);
    const r = await patch(other.id, me.token, { role: "lead" }, REPR);
    expect(r).toEqual({ status: 200, body: [] });
    expect((await personRow(other.id))!.role).toBe("responder");
  });

  it("a person promoted to admin in the database gains admin rights at once, with their old responder token", async () => {
    const me = await createPerson("responder");
    const other = await createPerson("responder");
    await admin().query("update public.people set role = 'admin' where id = $1", [me.id]);
    const r = await patch(other.id, me.token, { role: "lead" }, REPR);
    expect(r.status).toBe(200);
    expect((await personRow(other.id))!.role).toBe("lead");
  });

  it("a valid token for someone who has no person row can read but change nothing", async () => {
    const ghost = await tokenFor(`t-ghost-${Date.now()}`, "admin");
    const other = await createPerson("responder");
    const before = await personRow(other.id);
    const r = await patch(other.id, ghost, { role: "admin", name: "Ghost" }, REPR);
    expect(r).toEqual({ status: 200, body: [] });
    expect(await personRow(other.id)).toEqual(before);
  });
});
