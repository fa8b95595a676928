import "server-only";
// ⚠️ BYPASSES ROW-LEVEL SECURITY. The only file outside better-auth that reads app tables as
// the database owner. It answers one question RLS cannot answer for us: which person and role a
// better-auth session belongs to, needed to mint that person's PostgREST token. Everything a
// person reads or writes goes through PostgREST with that token (lib/db/supabase.ts).
import { authPool } from "./pool";
import { PERSON_COLUMNS, type Person } from "@/lib/people/person";

const TTL_MS = 15_000;
const cache = new Map<string, { person: Person | null; at: number }>();

export async function personById(id: string): Promise<Person | null> {
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.person;
  const { rows } = await authPool().query<Person>(`select ${PERSON_COLUMNS} from public.people where id = $1`, [id]);
  const person = rows[0] ?? null;
  if (cache.size > 5000) cache.clear();
  cache.set(id, { person, at: Date.now() });
  return person;
}

/** After a person's own profile or role changes, so this instance shows it at once. */
export function forgetPerson(id: string) {
  cache.delete(id);
}
