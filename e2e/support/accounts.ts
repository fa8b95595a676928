// Signing in inside a test, for tests that must not touch the shared demo-role sessions
// (signing out would revoke them) or that change an account's data (use a seeded, non-demo
// person so "Hello, Marcus" elsewhere stays true).
import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/auth/demo.ts";

/** Seeded people who are not one of the three demo sign-ins; same password as the demos. */
export const SPARE_ACCOUNTS = {
  /** A responder whose profile tests may edit (and restore). */
  profileResponder: { name: "Emma Schulz", email: "emma@example.com" },
  /** A responder whose role the admin test flips to lead and back. */
  roleFlip: { name: "Kenji Watanabe", email: "kenji@example.com" },
} as const;

/**
 * A made-up client address in a documentation range (RFC 5737). better-auth keys its sign-in
 * rate limit by x-forwarded-for, so a test that sends its own address spends its own allowance
 * and never the one the browser tests share.
 */
export function testClientIp(): string {
  return `203.0.113.${1 + Math.floor(Math.random() * 254)}`;
}

/** Signs in as `email` through `request`; a page's or context's request shares its cookies. */
export async function signIn(request: APIRequestContext, baseURL: string, email: string, password = DEMO_PASSWORD) {
  const res = await request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: baseURL, "x-forwarded-for": testClientIp() },
  });
  if (!res.ok()) throw new Error(`sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}
