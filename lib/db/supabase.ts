import "server-only";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { env } from "@/lib/env";
import { mintPostgrestToken } from "@/lib/auth/jwt";
import type { Person } from "@/lib/people/person";
import { serverFetch } from "./fetch";

// A supabase-js client that acts as one person: every query carries their short-lived token,
// so PostgREST runs it as `authenticated` with their id and RLS decides. Tokens (and the client
// around them) are reused until a minute before they expire.
const clients = new Map<string, { client: SupabaseClient; token: string; refreshAt: number; role: string }>();

async function session(person: Pick<Person, "id" | "role">) {
  const hit = clients.get(person.id);
  if (hit && hit.refreshAt > Date.now() && hit.role === person.role) return hit;
  const e = env();
  const { token, expiresAt } = await mintPostgrestToken({ personId: person.id, role: person.role }, e.SUPABASE_JWT_SECRET);
  const client = createClient(e.SUPABASE_URL, e.SUPABASE_ANON_KEY, {
    accessToken: async () => token,
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: serverFetch },
  });
  if (clients.size > 5000) clients.clear();
  const entry = { client, token, refreshAt: expiresAt - 60_000, role: person.role };
  clients.set(person.id, entry);
  return entry;
}

export async function dbAs(person: Pick<Person, "id" | "role">): Promise<SupabaseClient> {
  return (await session(person)).client;
}

/**
 * A GET on PostgREST as this person whose JSON body the caller passes on untouched: for large
 * reads (an incident's whole timeline) that would otherwise be parsed and serialised again.
 */
export async function restGetAs(person: Pick<Person, "id" | "role">, pathAndQuery: string): Promise<Response> {
  const { token } = await session(person);
  const e = env();
  return serverFetch(`${e.SUPABASE_URL}/rest/v1/${pathAndQuery}`, {
    headers: { apikey: e.SUPABASE_ANON_KEY, authorization: `Bearer ${token}`, accept: "application/json" },
  });
}
