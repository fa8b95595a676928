// The env the app runs with: the caller's env, filled in with the local stack's values when the
// local stack is in use. Validated with the app's own schema before anything starts.
import { parseEnv } from "../../lib/env/schema.ts";
import { LOCAL_BETTER_AUTH_SECRET, isLoopbackUrl, type StackEnv } from "../stack/config.ts";

export function wantsLocalStack(env = process.env): boolean {
  return !env.SUPABASE_URL || isLoopbackUrl(env.SUPABASE_URL);
}

export function appEnv(opts: { port: number; stack?: StackEnv; nodeEnv: "production" | "development" | "test" }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(opts.stack ?? {}),
    NODE_ENV: opts.nodeEnv,
  } as NodeJS.ProcessEnv;
  if (opts.stack) {
    env.BETTER_AUTH_SECRET ??= LOCAL_BETTER_AUTH_SECRET;
    env.BETTER_AUTH_URL ??= `http://localhost:${opts.port}`;
  }
  const parsed = parseEnv(env);
  if (!parsed.ok) throw new Error(parsed.message);
  return env;
}
