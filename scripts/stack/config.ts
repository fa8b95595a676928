// Where the local stack lives and how it is reached. Defaults mirror the Supabase CLI's local
// stack (gateway 54321, database 54322, its well-known JWT secret and keys), so anyone with the
// CLI can run `supabase start` instead and keep the same env.
import path from "node:path";

/** The Supabase CLI's public local JWT secret. Fine on a laptop, refused in production (lib/env). */
export const LOCAL_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";
/** The CLI's local anon and service keys: HS256 JWTs signed with LOCAL_JWT_SECRET. */
export const LOCAL_ANON_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0";
export const LOCAL_SERVICE_ROLE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU";
/** Only for the local stack; production must set its own BETTER_AUTH_SECRET. */
export const LOCAL_BETTER_AUTH_SECRET = "local-only-better-auth-secret-not-for-production-use";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

export interface StackConfig {
  /** Label in log lines: local, test, e2e, bench. */
  name: string;
  /** Holds pgdata/ and logs/. Gitignored. */
  dir: string;
  dbPort: number;
  dbPassword: string;
  apiPort: number;
  restPort: number;
  restAdminPort: number;
  jwtSecret: string;
}

export interface StackEnv {
  SUPABASE_URL: string;
  SUPABASE_ANON_KEY: string;
  SUPABASE_JWT_SECRET: string;
  DATABASE_URL: string;
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
}

function portOf(url: string | undefined, fallback: number): number {
  if (!url) return fallback;
  const p = new URL(url).port;
  return p ? Number(p) : fallback;
}

/**
 * The stack a command should run. `local` reads SUPABASE_URL / DATABASE_URL / SUPABASE_JWT_SECRET
 * so a person can move ports; the test stacks use fixed ports of their own so tests never touch
 * the demo data and can run beside `npm start`.
 */
export type StackName = "local" | "test" | "e2e" | "bench" | "health" | "live";

export function stackConfig(name: StackName, env = process.env): StackConfig {
  // Test stacks sit below Linux's ephemeral port range (32768–60999): a fixed port inside it can be
  // taken for a moment by any outgoing connection's local end, and a start would fail at random.
  // BEACON_STACK_OFFSET moves a test stack (ports and data dir) so two checkouts or two people's
  // runs can test side by side on one machine; CI leaves it unset.
  const offset = name === "local" ? 0 : Number(env.BEACON_STACK_OFFSET || 0);
  const base = { local: 54321, test: 25421, e2e: 25521, bench: 25621, health: 25721, live: 25921 }[name] + offset;
  const apiPort = name === "local" ? portOf(env.SUPABASE_URL, base) : base;
  const dbPort = name === "local" ? portOf(env.DATABASE_URL, base + 1) : base + 1;
  const dir =
    name === "local" && env.BEACON_DATA_DIR
      ? path.resolve(env.BEACON_DATA_DIR)
      : path.join(REPO_ROOT, ".data", offset ? `${name}-${offset}` : name);
  return {
    name,
    dir,
    dbPort,
    dbPassword: "postgres",
    apiPort,
    restPort: apiPort + 10,
    restAdminPort: apiPort + 11,
    jwtSecret: (name === "local" && env.SUPABASE_JWT_SECRET) || LOCAL_JWT_SECRET,
  };
}

export function stackEnv(cfg: StackConfig): StackEnv {
  return {
    SUPABASE_URL: `http://127.0.0.1:${cfg.apiPort}`,
    SUPABASE_ANON_KEY: LOCAL_ANON_KEY,
    SUPABASE_JWT_SECRET: cfg.jwtSecret,
    DATABASE_URL: `postgresql://postgres:${cfg.dbPassword}@127.0.0.1:${cfg.dbPort}/postgres`,
  };
}
