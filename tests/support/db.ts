// Test helpers that talk to the test stack the way an attacker or the app would: raw PostgREST
// over HTTP with whatever token we choose, plus a superuser connection to set up rows.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { mintPostgrestToken } from "../../lib/auth/jwt.ts";
import type { AppRole } from "../../lib/people/roles.ts";

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
  opts: { token?: string | null; method?: string; body?: unknown; prefer?: string } = {},
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { apikey: stack().SUPABASE_ANON_KEY, "content-type": "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.prefer) headers.prefer = opts.prefer;
  const res = await fetch(`${stack().SUPABASE_URL}/rest/v1/${pathAndQuery}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}
