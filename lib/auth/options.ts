// better-auth's configuration, as a factory so the app (lib/auth/server.ts) and the script that
// writes its migration (scripts/auth-migration.ts) use the very same options.
import type { BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type pg from "pg";

export const SESSION_COOKIE_CACHE_SECONDS = 60;

export interface AuthSettings {
  pool: pg.Pool;
  baseURL: string;
  secret: string;
  /** Sign-in attempts allowed per client IP per minute. */
  signInPerMinute?: number;
  /** Header that carries the client's address, as set by the proxy in front of the app. */
  clientIpHeader?: string;
}

export function authOptions(s: AuthSettings) {
  return {
    appName: "Beacon",
    baseURL: s.baseURL,
    secret: s.secret,
    database: s.pool,
    trustedOrigins: [s.baseURL],
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: false },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a cookie: most requests skip the session lookup.
      // Sign-out and revocation take effect within this many seconds on other devices.
      cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS },
    },
    // On in every mode (better-auth turns it off outside production by default). Stored in
    // Postgres so several app instances share the counts.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: s.signInPerMinute ?? 10 },
      },
    },
    // Only trustworthy when a proxy in front of the app overwrites this header (Vercel and most
    // load balancers do). Exposed directly, a client could pick its own address per request.
    advanced: { ipAddress: { ipAddressHeaders: [s.clientIpHeader ?? "x-forwarded-for"] } },
    hooks: {
      // Beacon is internal: accounts are made by an admin (server-side calls have no request).
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email" && ctx.request) {
          throw new APIError("FORBIDDEN", { message: "Accounts are created by an admin." });
        }
      }),
    },
  } satisfies BetterAuthOptions;
}
