// public.services through PostgREST: everyone signed in reads them, only admins change them.
// The four seeded services are only read or attacked (and checked unchanged); services this file
// creates are named t-… and removed afterwards.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import { admin, createPerson, rest, tokenFor } from "../support/db";

const ROLES: AppRole[] = ["responder", "lead", "admin"];
const NON_ADMINS: AppRole[] = ["responder", "lead"];
const REPR = "return=representation";

const SEEDED = [
  { slug: "api", name: "API", description: "Public REST API used by the web app, mobile apps and partners." },
  { slug: "auth", name: "Auth", description: "Sign-in, sessions and tokens for customers and staff." },
  { slug: "database", name: "Database", description: "The primary Postgres cluster and its replicas." },
  { slug: "web", name: "Web", description: "The customer-facing web application and its CDN." },
];

interface ServiceRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  created_at: Date;
}

const newSlug = () => `t-${randomBytes(5).toString("hex")}`;
const created: string[] = [];
afterAll(async () => {
  await admin().query("delete from public.services where slug = any($1)", [created]);
});

/** A service made as superuser, for tests that attack or edit an existing one. */
async function arrangeService(): Promise<ServiceRow> {
  const slug = newSlug();
  created.push(slug);
  const { rows } = await admin().query<ServiceRow>(
    "insert into public.services (slug, name, description) values ($1, 'Arranged', 'made by a test') returning *",
    [slug],
  );
  return rows[0];
}

async function serviceRow(slug: string): Promise<ServiceRow | undefined> {
  const { rows } = await admin().query<ServiceRow>("select * from public.services where slug = $1", [slug]);
  return rows[0];
}

const seededRows = async () =>
  (await admin().query<ServiceRow>("select * from public.services where slug = any($1) order by slug", [SEEDED.map((s) => s.slug)])).rows;

const FORGED_SECRET = "not-the-stack-secret-but-at-least-32-characters";

describe("services: reading", () => {
  it("without a token nobody can read services (401, 42501)", async () => {
    const r = await rest("services?select=*", { token: null });
    expect(r).toEqual({
      status: 401,
      body: { code: "42501", details: null, hint: null, message: "permission denied for table services" },
    });
  });

  it("a token signed with another secret is rejected (401, PGRST301)", async () => {
    const me = await createPerson("admin");
    const r = await rest("services?select=*", { token: await tokenFor(me.id, "admin", { secret: FORGED_SECRET }) });
    expect(r).toEqual({ status: 401, body: { code: "PGRST301", details: null, hint: null, message: "JWSError JWSInvalidSignature" } });
  });

  it("an expired token is rejected (401, PGRST301 JWT expired)", async () => {
    const me = await createPerson("admin");
    const r = await rest("services?select=*", { token: await tokenFor(me.id, "admin", { now: Date.now() - 3_600_000 }) });
    expect(r).toEqual({ status: 401, body: { code: "PGRST301", details: null, hint: null, message: "JWT expired" } });
  });

  it.each(ROLES)("a signed-in %s reads the 4 seeded services", async (role) => {
    const me = await createPerson(role);
    const r = await rest("services?select=slug,name,description&slug=in.(api,web,auth,database)&order=slug", { token: me.token });
    expect(r).toEqual({ status: 200, body: SEEDED });
  });

  it.each(ROLES)("a signed-in %s reads every service in the table", async (role) => {
    const me = await createPerson(role);
    const extra = await arrangeService();
    const r = await rest<{ slug: string }[]>("services?select=slug&order=slug", { token: me.token });
    const { rows } = await admin().query<{ slug: string }>("select slug from public.services order by slug");
    expect(r.status).toBe(200);
    expect(r.body).toEqual(rows);
    expect(r.body.map((s) => s.slug)).toContain(extra.slug);
  });
});

describe("services: changing", () => {
  it.each(NON_ADMINS)("a %s cannot add a service (403, 42501 row-level security); nothing is added", async (role) => {
    const me = await createPerson(role);
    const slug = newSlug();
    created.push(slug);
    const r = await rest("services", { token: me.token, method: "POST", body: { slug, name: "Sneaky" }, prefer: REPR });
    expect(r).toEqual({
      status: 403,
      body: { code: "42501", details: null, hint: null, message: 'new row violates row-level security policy for table "services"' },
    });
    expect(await serviceRow(slug)).toBeUndefined();
  });

  it.each(NON_ADMINS)("a %s cannot edit a service (200, no rows); the seeded services are unchanged", async (role) => {
    const me = await createPerson(role);
    const before = await seededRows();
    const one = await rest("services?slug=eq.api", { token: me.token, method: "PATCH", body: { name: "Hijacked" }, prefer: REPR });
    expect(one).toEqual({ status: 200, body: [] });
    const all = await rest("services", { token: me.token, method: "PATCH", body: { description: "defaced" }, prefer: REPR });
    expect(all).toEqual({ status: 200, body: [] });
    expect(await seededRows()).toEqual(before);
  });

  it.each(NON_ADMINS)("a %s cannot remove a service (200, no rows); it is still there", async (role) => {
    const me = await createPerson(role);
    const target = await arrangeService();
    const r = await rest(`services?slug=eq.${target.slug}`, { token: me.token, method: "DELETE", prefer: REPR });
    expect(r).toEqual({ status: 200, body: [] });
    const everything = await rest("services?slug=in.(api,web,auth,database)", { token: me.token, method: "DELETE" });
    expect(everything).toEqual({ status: 204, body: null });
    expect(await serviceRow(target.slug)).toEqual(target);
    expect(await seededRows()).toHaveLength(4);
  });

  it("without a token nobody can add, edit or remove a service (401, 42501)", async () => {
    const target = await arrangeService();
    const slug = newSlug();
    created.push(slug);
    for (const [method, path, body] of [
      ["POST", "services", { slug, name: "Anon" }],
      ["PATCH", `services?slug=eq.${target.slug}`, { name: "Anon" }],
      ["DELETE", `services?slug=eq.${target.slug}`, undefined],
    ] as const) {
      const r = await rest(path, { token: null, method, body });
      expect(r, method).toEqual({
        status: 401,
        body: { code: "42501", details: null, hint: null, message: "permission denied for table services" },
      });
    }
    expect(await serviceRow(slug)).toBeUndefined();
    expect(await serviceRow(target.slug)).toEqual(target);
  });

  it("a forged token cannot add a service (401, PGRST301)", async () => {
    const me = await createPerson("admin");
    const slug = newSlug();
    created.push(slug);
    const r = await rest("services", {
      token: await tokenFor(me.id, "admin", { secret: FORGED_SECRET }),
      method: "POST",
      body: { slug, name: "Forged" },
    });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "PGRST301" });
    expect(await serviceRow(slug)).toBeUndefined();
  });

  it("an admin can add a service; id, description and created_at get defaults", async () => {
    const me = await createPerson("admin");
    const slug = newSlug();
    created.push(slug);
    const r = await rest<ServiceRow[]>("services", { token: me.token, method: "POST", body: { slug, name: "Payments" }, prefer: REPR });
    expect(r.status).toBe(201);
    expect(r.body).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), slug, name: "Payments", description: "", created_at: expect.any(String) },
    ]);
    expect(await serviceRow(slug)).toMatchObject({ id: r.body[0].id, name: "Payments", description: "" });
  });

  it("an admin can edit a service", async () => {
    const me = await createPerson("admin");
    const target = await arrangeService();
    const r = await rest(`services?slug=eq.${target.slug}`, {
      token: me.token,
      method: "PATCH",
      body: { name: "Renamed", description: "Now with a description." },
      prefer: REPR,
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([expect.objectContaining({ id: target.id, slug: target.slug, name: "Renamed", description: "Now with a description." })]);
    expect(await serviceRow(target.slug)).toMatchObject({ name: "Renamed", description: "Now with a description." });
  });

  it("an admin can remove a service", async () => {
    const me = await createPerson("admin");
    const target = await arrangeService();
    const r = await rest(`services?slug=eq.${target.slug}`, { token: me.token, method: "DELETE", prefer: REPR });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([expect.objectContaining({ id: target.id, slug: target.slug })]);
    expect(await serviceRow(target.slug)).toBeUndefined();
  });

  it("a slug already in use is refused (409, 23505)", async () => {
    const me = await createPerson("admin");
    const r = await rest("services", { token: me.token, method: "POST", body: { slug: "api", name: "Second API" }, prefer: REPR });
    expect(r).toEqual({
      status: 409,
      body: {
        code: "23505",
        details: null, // Postgres withholds the key's value from a role under RLS
        hint: null,
        message: 'duplicate key value violates unique constraint "services_slug_key"',
      },
    });
    expect((await admin().query("select 1 from public.services where slug = 'api'")).rowCount).toBe(1);
  });

  it.each([
    ["a slug with capitals and spaces", { slug: "Bad Slug", name: "X" }, "services_slug_check"],
    ["a slug starting with a dash", { slug: "-api", name: "X" }, "services_slug_check"],
    ["a slug longer than 40 characters", { slug: "a".repeat(41), name: "X" }, "services_slug_check"],
    ["an empty name", { slug: "valid-slug-name", name: "" }, "services_name_check"],
    ["a name of only spaces", { slug: "valid-slug-name", name: "   " }, "services_name_check"],
    ["a name longer than 80 characters", { slug: "valid-slug-name", name: "n".repeat(81) }, "services_name_check"],
    ["a description longer than 500 characters", { slug: "valid-slug-name", name: "X", description: "d".repeat(501) }, "services_description_check"],
  ])("a service with %s is refused (400, 23514)", async (_what, body, constraint) => {
    const me = await createPerson("admin");
    const r = await rest("services", { token: me.token, method: "POST", body, prefer: REPR });
    expect(r).toEqual({
      status: 400,
      body: { code: "23514", details: null, hint: null, message: `new row for relation "services" violates check constraint "${constraint}"` },
    });
    expect(await serviceRow(body.slug)).toBeUndefined();
  });
});

describe("services: the role that counts is the one in the database", () => {
  it("a responder whose token claims admin cannot add, edit or remove services", async () => {
    const me = await createPerson("responder");
    const liar = await tokenFor(me.id, "admin");
    const target = await arrangeService();
    const slug = newSlug();
    created.push(slug);
    const add = await rest("services", { token: liar, method: "POST", body: { slug, name: "Claimed" }, prefer: REPR });
    expect(add.status).toBe(403);
    expect(add.body).toMatchObject({ code: "42501" });
    const edit = await rest(`services?slug=eq.${target.slug}`, { token: liar, method: "PATCH", body: { name: "Claimed" }, prefer: REPR });
    expect(edit).toEqual({ status: 200, body: [] });
    const remove = await rest(`services?slug=eq.${target.slug}`, { token: liar, method: "DELETE", prefer: REPR });
    expect(remove).toEqual({ status: 200, body: [] });
    expect(await serviceRow(slug)).toBeUndefined();
    expect(await serviceRow(target.slug)).toEqual(target);
  });

  it("an admin demoted in the database can no longer add services with their unexpired token", async () => {
    const me = await createPerson("admin");
    await admin().query("update public.people set role = 'lead' where id = $1", [me.id]);
    const slug = newSlug();
    created.push(slug);
    const r = await rest("services", { token: me.token, method: "POST", body: { slug, name: "Too Late" } });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: "42501" });
    expect(await serviceRow(slug)).toBeUndefined();
  });

  it("a valid token for someone who has no person row cannot add services (403, 42501)", async () => {
    const ghost = await tokenFor(`t-ghost-${Date.now()}`, "admin");
    const slug = newSlug();
    created.push(slug);
    const r = await rest("services", { token: ghost, method: "POST", body: { slug, name: "Ghost" } });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: "42501" });
    expect(await serviceRow(slug)).toBeUndefined();
  });
});
