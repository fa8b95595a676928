// Is Beacon's backing stack answering? Pure of app state: takes the URLs, returns the report
// that GET /api/health serves, so tests can point it at a stack and stop pieces of it.
import pg from "pg";

export interface Check {
  ok: boolean;
  latency_ms: number;
}
export interface HealthReport {
  status: "ok" | "degraded";
  checks: { database: Check; rest: Check };
}

const TIMEOUT_MS = 2000;

async function timed(name: string, fn: () => Promise<void>): Promise<Check> {
  const t0 = performance.now();
  try {
    await fn();
    return { ok: true, latency_ms: Math.round(performance.now() - t0) };
  } catch (e) {
    // The reason goes to the server log only: hosts and ports are nobody else's business.
    console.error(`health: ${name} check failed: ${(e as Error).message.slice(0, 200)}`);
    return { ok: false, latency_ms: Math.round(performance.now() - t0) };
  }
}

async function database(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query({ text: "select 1", query_timeout: TIMEOUT_MS } as pg.QueryConfig);
  } finally {
    client.release();
  }
}

async function rest(supabaseUrl: string, anonKey: string, token: string) {
  // PostgREST's root answers when it is up and has its schema cache, which needs the database.
  // We ask with a token minted the way the app mints them: if SUPABASE_JWT_SECRET does not match
  // the project's, PostgREST says 401 here, as it would to every signed-in page.
  const res = await fetch(`${supabaseUrl}/rest/v1/`, {
    headers: { apikey: anonKey, authorization: `Bearer ${token}`, accept: "application/openapi+json" },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`PostgREST answered ${res.status}`);
  if (res.status === 401) throw new Error("PostgREST refused the app's token (401): is SUPABASE_JWT_SECRET the project's?");
}

export async function checkHealth(opts: {
  pool: pg.Pool;
  supabaseUrl: string;
  anonKey: string;
  /** A token minted with the app's SUPABASE_JWT_SECRET. */
  token: string;
}): Promise<HealthReport> {
  const [db, api] = await Promise.all([timed("database", () => database(opts.pool)),
    timed("rest", () => rest(opts.supabaseUrl, opts.anonKey, opts.token)),
  ]);
  return { status: db.ok && api.ok ? "ok" : "degraded", checks: { database: db, rest: api } };
}
