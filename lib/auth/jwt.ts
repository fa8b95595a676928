// The token the app server hands PostgREST for a signed-in person. Pure (no I/O) so tests can
// mint the exact tokens the app mints. PostgREST verifies it with the shared secret, switches
// to the `authenticated` role, and RLS reads `sub` (see private.person_id()).
import { SignJWT } from "jose";
import type { AppRole } from "@/lib/people/roles";

export const POSTGREST_TOKEN_SECONDS = 5 * 60;

export interface TokenSubject {
  personId: string;
  role: AppRole;
}

export async function mintPostgrestToken(
  who: TokenSubject,
  secret: string,
  opts: { now?: number; ttlSeconds?: number } = {},
): Promise<{ token: string; expiresAt: number }> {
  const iat = Math.floor((opts.now ?? Date.now()) / 1000);
  const exp = iat + (opts.ttlSeconds ?? POSTGREST_TOKEN_SECONDS);
  const token = await new SignJWT({ role: "authenticated", user_role: who.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(who.personId)
    .setAudience("authenticated")
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: exp * 1000 };
}
