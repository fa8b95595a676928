// The app's configuration, validated once at start. Pure: takes an env object, returns either
// the typed config or one message that names the variable at fault.
import { z } from "zod";

/** The Supabase CLI's public local JWT secret (also in scripts/stack/config.ts). */
export const WELL_KNOWN_LOCAL_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";

const url = (what: string) =>
  z.string({ error: `is missing (${what})` }).trim().url({ error: `must be a URL (${what})` });

const schema = z.object({
  SUPABASE_URL: url("the Supabase project's API URL, e.g. https://xyz.supabase.co"),
  SUPABASE_ANON_KEY: z
    .string({ error: "is missing (the project's anon key)" })
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, { error: "must be a JWT (the project's anon key)" }),
  SUPABASE_JWT_SECRET: z
    .string({ error: "is missing (the project's JWT secret)" })
    .min(32, { error: "must be at least 32 characters" }),
  DATABASE_URL: z
    .string({ error: "is missing (a postgresql:// connection string)" })
    .regex(/^postgres(ql)?:\/\/.+/, { error: "must be a postgresql:// connection string" }),
  BETTER_AUTH_SECRET: z
    .string({ error: "is missing (a random string of 32+ characters)" })
    .min(32, { error: "must be at least 32 characters" }),
  BETTER_AUTH_URL: url("the public URL of this app, e.g. https://beacon.example.com"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema> & { isLocalStack: boolean };

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

function isLoopback(u: string) {
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(u).hostname);
  } catch {
    return false;
  }
}

export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Beacon cannot start: ${String(issue.path[0])} ${issue.message}.` };
  }
  const env = { ...parsed.data, isLocalStack: isLoopback(parsed.data.SUPABASE_URL) };
  // The local secret is public knowledge: anyone could mint tokens for a project that uses it.
  if (env.NODE_ENV === "production" && !env.isLocalStack && env.SUPABASE_JWT_SECRET === WELL_KNOWN_LOCAL_JWT_SECRET) {
    return {
      ok: false,
      message:
        "Beacon cannot start: SUPABASE_JWT_SECRET is the Supabase CLI's public local secret; set your project's own JWT secret.",
    };
  }
  return { ok: true, env };
}
