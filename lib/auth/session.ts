import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./server";
import { SESSION_COOKIE_CACHE_SECONDS } from "./options";
import { personById } from "@/lib/db/privileged";
import type { Person } from "@/lib/people/person";

// Sessions better-auth verified recently, keyed by the exact cookie values it verified. A hit
// skips re-verifying the same signed cookies on every request of a busy page; it can never
// outlive better-auth's own cookie cache (a signed-out session is noticed within that window
// either way) nor the session itself.
const MEMO_MS = (SESSION_COOKIE_CACHE_SECONDS * 1000) / 2;
const verified = new Map<string, { userId: string; until: number }>();

function sessionCookies(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const parts = cookieHeader
    .split(/;\s*/)
    .filter((c) => /^(__Secure-)?better-auth\.session_(token|data)(\.\d+)?=/.test(c))
    .sort();
  return parts.length ? parts.join(";") : null;
}

async function sessionUserId(h: Headers): Promise<string | null> {
  const key = sessionCookies(h.get("cookie"));
  if (!key) return null;
  const hit = verified.get(key);
  if (hit && hit.until > Date.now()) return hit.userId;
  const session = await auth().api.getSession({ headers: h });
  if (!session) {
    verified.delete(key);
    return null;
  }
  if (verified.size > 10_000) verified.clear();
  const until = Math.min(Date.now() + MEMO_MS, new Date(session.session.expiresAt).getTime());
  verified.set(key, { userId: session.user.id, until });
  return session.user.id;
}

/** The signed-in person for this request, or null. Deduplicated per request. */
export const currentPerson = cache(async (): Promise<Person | null> => {
  const userId = await sessionUserId(await headers());
  return userId ? personById(userId) : null;
});

/** For pages behind sign-in: the person, or a redirect to the sign-in page. */
export async function requirePerson(): Promise<Person> {
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  return person;
}
