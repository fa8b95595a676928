// better-auth's tables (users, sessions, password hashes) live in the better_auth schema, which
// PostgREST does not expose: no token, however privileged, reaches them over the API.
import { beforeAll, describe, expect, it } from "vitest";
import type { AppRole } from "../../lib/people/roles.ts";
import { admin, createPerson, rest, stack } from "../support/db";

const TABLES = ["user", "session", "account", "verification", "rateLimit"];
const CALLERS = ["anon", "responder", "lead", "admin"] as const;
type Caller = (typeof CALLERS)[number];

const tokens = {} as Record<Caller, string | null>;
/** Every stored password hash (the demo accounts' and one of our own), which no answer may contain. */
let hashes: string[] = [];

beforeAll(async () => {
  tokens.anon = null;
  for (const role of ["responder", "lead", "admin"] as AppRole[]) {
    const p = await createPerson(role);
    tokens[role] = p.token;
    if (role === "admin") {
      await admin().query(
        `insert into better_auth.account (id, "accountId", "providerId", "userId", password, "updatedAt")
         values ($1, $2, 'credential', $2, 'deadbeefdeadbeefdeadbeefdeadbeef:0123456789abcdef0123456789abcdef', now())`,
        [`acct-${p.id}`, p.id],
      );
      await admin().query(
        `insert into better_auth.session (id, "expiresAt", token, "updatedAt", "userId")
         values ($1, now() + interval '1 day', $2, now(), $3)`,
        [`sess-${p.id}`, `session-token-${p.id}`, p.id],
      );
    }
  }
  hashes = (await admin().query<{ password: string }>("select password from better_auth.account where password is not null")).rows.map(
    (r) => r.password,
  );
  expect(hashes.length).toBeGreaterThanOrEqual(13); // 12 demo accounts + ours: the check below is not vacuous
});

function expectNoSecrets(text: string) {
  expect(text).not.toMatch(/password/i);
  for (const h of hashes) {
    expect(text).not.toContain(h);
    expect(text).not.toContain(h.split(":")[1]);
  }
  expect(text).not.toContain("session-token-");
}

async function raw(pathAndQuery: string, token: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack().SUPABASE_URL}/rest/v1/${pathAndQuery}`, {
    headers: { apikey: stack().SUPABASE_ANON_KEY, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: res.status, text: await res.text() };
}

describe("the better_auth schema is not reachable through PostgREST", () => {
  it.each(CALLERS.flatMap((caller) => TABLES.map((table) => [caller, table] as const)))(
    "%s: GET /%s is 404 (42P01, no such relation in public) and leaks nothing",
    async (caller, table) => {
      const r = await rest(`${table}?select=*`, { token: tokens[caller] });
      expect(r).toEqual({
        status: 404,
        body: { code: "42P01", details: null, hint: null, message: `relation "public.${table}" does not exist` },
      });
      expectNoSecrets(JSON.stringify(r.body));
    },
  );

  it.each(CALLERS)("%s: asking for the better_auth schema by profile header is refused (406, PGRST106)", async (caller) => {
    for (const table of TABLES) {
      const r = await rest(`${table}?select=*`, { token: tokens[caller], headers: { "accept-profile": "better_auth" } });
      expect(r, table).toEqual({
        status: 406,
        body: { code: "PGRST106", details: null, hint: null, message: "The schema must be one of the following: public" },
      });
    }
  });

  it.each(CALLERS)("%s: writing into the better_auth schema by profile header is refused (406, PGRST106)", async (caller) => {
    const r = await rest("user", {
      token: tokens[caller],
      method: "POST",
      headers: { "content-profile": "better_auth" },
      body: { id: "t-intruder", name: "Intruder", email: "intruder@example.com", emailVerified: true },
    });
    expect(r.status).toBe(406);
    expect(r.body).toMatchObject({ code: "PGRST106" });
    expect((await admin().query(`select 1 from better_auth."user" where id = 't-intruder'`)).rowCount).toBe(0);
  });

  it.each(CALLERS)("%s: a schema-qualified path (better_auth.user) does not reach the table", async (caller) => {
    const r = await raw("better_auth.user?select=*", tokens[caller]);
    expect(r.status).toBe(404);
    expectNoSecrets(r.text);
  });

  it("people cannot be joined to better_auth.user through their foreign key", async () => {
    const r = await rest("people?select=id,user(*)&limit=1", { token: tokens.admin });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: "PGRST200" });
    expectNoSecrets(JSON.stringify(r.body));
  });

  it("the API description (OpenAPI at /) lists no better_auth table and no password column", async () => {
    const r = await raw("", tokens.admin);
    expect(r.status).toBe(200);
    const doc = JSON.parse(r.text) as { definitions: Record<string, unknown>; paths: Record<string, unknown> };
    for (const table of TABLES) {
      expect(Object.keys(doc.definitions)).not.toContain(table);
      expect(Object.keys(doc.paths)).not.toContain(`/${table}`);
    }
    expect(Object.keys(doc.definitions)).toEqual(expect.arrayContaining(["people", "services"]));
    expectNoSecrets(r.text);
  });

  it("the private helper functions cannot be called as RPC (404, PGRST202)", async () => {
    for (const fn of ["person_id", "app_role", "is_admin", "is_lead_or_admin", "sync_person_from_auth_user"]) {
      const r = await rest(`rpc/${fn}`, { token: tokens.admin, method: "POST", body: {} });
      expect(r.status, fn).toBe(404);
      expect(r.body, fn).toMatchObject({ code: "PGRST202" });
    }
  });
});
