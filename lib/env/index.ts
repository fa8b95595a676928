import "server-only";
import { parseEnv, type Env } from "./schema";

let cached: Env | undefined;

/** The validated env. instrumentation.ts checks it at start, so a failure here is a bug. */
export function env(): Env {
  if (cached) return cached;
  const r = parseEnv(process.env);
  if (!r.ok) throw new Error(r.message);
  cached = r.env;
  return cached;
}
