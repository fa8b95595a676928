import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

// One pool per app instance for what must talk to Postgres directly: better-auth's own tables
// (schema better_auth, not exposed by PostgREST) and the health check. Everything else goes
// through PostgREST with the person's JWT so RLS decides.
const globalForPool = globalThis as unknown as { beaconAuthPool?: pg.Pool };

export function authPool(): pg.Pool {
  if (!globalForPool.beaconAuthPool) {
    const pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: 10,
      options: "-c search_path=better_auth",
      connectionTimeoutMillis: 3000,
    });
    // An idle connection dropped by the server (restart, failover) is not a crash: log one line,
    // the pool reconnects on next use. /api/health reports the outage meanwhile.
    pool.on("error", (e) => console.error(`database connection lost: ${e.message}`));
    globalForPool.beaconAuthPool = pool;
  }
  return globalForPool.beaconAuthPool;
}
