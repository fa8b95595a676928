// Test helpers that talk to the test stack the way an attacker or the app would: raw PostgREST
// over HTTP with whatever token we choose, plus a superuser connection to set up rows.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { mintPostgrestToken } from "../../lib/auth/jwt.ts";
import type { AppRole } from "../../lib/people/roles.ts";
import type { Person } from "../../lib/people/person.ts";
import { INCIDENT_COLUMNS, type Incident } from "../../lib/incidents/model.ts";

export const stack = () => inject("stack");

let pool: pg.Pool | undefined;
/** Superuser connection (bypasses RLS): for arranging data, never for asserting rights. */
export function admin(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: stack().DATABASE_URL, max: 4 });
  return pool;
}

export interface TestPerson {
  id: string;
  email: string;
  role: AppRole;
  token: string;
}

/** A new person of the given role, created the way better-auth creates users (the trigger does the rest). */
export async function createPerson(role: AppRole, name = `Test ${role}`): Promise<TestPerson> {
  const id = `t-${randomUUID()}`;
  const email = `${id}@test.example.com`;
  await admin().query(`insert into better_auth."user" (id, name, email, "emailVerified") values ($1, $2, $3, true)`, [id, name, email]);
  if (role !== "responder") await admin().query("update public.people set role = $2 where id = $1", [id, role]);
  const { token } = await mintPostgrestToken({ personId: id, role }, stack().SUPABASE_JWT_SECRET);
  return { id, email, role, token };
}

export interface RestResponse<T = unknown> {
  status: number;
  body: T;
}

/** A PostgREST call through the gateway, as supabase-js makes it, with an optional bearer token. */
export async function rest<T = unknown>(
  pathAndQuery: string,
  opts: { token?: string | null; method?: string; body?: unknown; prefer?: string; headers?: Record<string, string> } = {},
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { apikey: stack().SUPABASE_ANON_KEY, "content-type": "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.prefer) headers.prefer = opts.prefer;
  Object.assign(headers, opts.headers);
  const res = await fetch(`${stack().SUPABASE_URL}/rest/v1/${pathAndQuery}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** A PostgREST token as the app mints it, with knobs for the attacks: another secret, a past `now`, a lying role claim. */
export async function tokenFor(
  personId: string,
  role: AppRole,
  opts: { secret?: string; now?: number; ttlSeconds?: number } = {},
): Promise<string> {
  const { token } = await mintPostgrestToken({ personId, role }, opts.secret ?? stack().SUPABASE_JWT_SECRET, opts);
  return token;
}

export interface PersonRow extends Person {
  created_at: Date;
  updated_at: Date;
}

/** The row as it really is (superuser read), to check what a refused request did not change. */
export async function personRow(id: string): Promise<PersonRow | undefined> {
  const { rows } = await admin().query<PersonRow>("select * from public.people where id = $1", [id]);
  return rows[0];
}

/**
 * Run `fn` inside one transaction on a dedicated connection, as PostgREST would run a request for
 * `personId` (role `authenticated`, JWT claims set), after `arrange` ran as superuser in the same
 * transaction. Always rolled back, so it can arrange states other tests must never see (e.g. a
 * single admin). `lockPeople` takes a lock that makes concurrent writers to people wait until the
 * rollback, so rows committed by other test files cannot change what `fn` observes.
 */
export async function inRolledBackTransaction<T>(
  opts: { personId: string; lockPeople?: boolean; arrange?: (c: pg.PoolClient) => Promise<unknown> },
  fn: (c: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const c = await admin().connect();
  try {
    await c.query("begin");
    if (opts.lockPeople) await c.query("lock table public.people in share row exclusive mode");
    await opts.arrange?.(c);
    await c.query("set local role authenticated");
    await c.query("select set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ sub: opts.personId, role: "authenticated", aud: "authenticated" }),
    ]);
    return await fn(c);
  } finally {
    await c.query("rollback").catch(() => {});
    c.release();
  }
}

/** The Postgres error a query raised (or a failure if it did not raise). */
export async function pgError(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected the query to fail, but it succeeded");
}

// ── Incidents ──────────────────────────────────────────────────────────────────────────────────

/** An incident as PostgREST returns it (times are ISO strings; `search` left out), plus `is_open`. */
export interface ApiIncident extends Incident {
  is_open: boolean;
}

export const INCIDENT_SELECT = `${INCIDENT_COLUMNS},is_open`;

/** Declares an incident through PostgREST as `who` (so the triggers see a real person); fails the test if refused. */
export async function declareIncident(who: { token: string }, fields: Record<string, unknown> = {}): Promise<ApiIncident> {
  const r = await rest<ApiIncident[]>(`incidents?select=${INCIDENT_SELECT}`, {
    token: who.token,
    method: "POST",
    body: { title: `Test incident ${randomUUID()}`, severity: "P2", ...fields },
    prefer: "return=representation",
  });
  if (r.status !== 201) throw new Error(`declaring an incident failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body[0];
}

/** The incident row as it really is (superuser read, no `search`). Times are Dates, number is a string (bigint). */
export async function incidentRow(id: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await admin().query(`select ${INCIDENT_SELECT} from public.incidents where id = $1`, [id]);
  return rows[0];
}

export interface EventRow {
  id: string; // bigint
  incident_id: string;
  at: Date;
  actor_id: string | null;
  kind: string;
  data: Record<string, unknown>;
  body: string | null;
  pinned: boolean;
  edited_at: Date | null;
  deleted_at: Date | null;
}

/** An incident's timeline as it really is (superuser read), oldest first. */
export async function incidentEvents(incidentId: string): Promise<EventRow[]> {
  const { rows } = await admin().query<EventRow>(
    "select id, incident_id, at, actor_id, kind, data, body, pinned, edited_at, deleted_at from public.incident_events where incident_id = $1 order by at, id",
    [incidentId],
  );
  return rows;
}
