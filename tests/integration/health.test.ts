// The health report's checks against the real stack (the stopped-piece cases run in e2e).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { checkHealth } from "../../lib/health/check.ts";
import { mintPostgrestToken } from "../../lib/auth/jwt.ts";
import { stack } from "../support/db";

const pool = new pg.Pool({ connectionString: stack().DATABASE_URL, max: 2 });
afterAll(() => pool.end());

async function report(secret: string) {
  const { token } = await mintPostgrestToken({ personId: "health-check", role: "responder" }, secret);
  return checkHealth({ pool, supabaseUrl: stack().SUPABASE_URL, anonKey: stack().SUPABASE_ANON_KEY, token });
}

describe("health checks", () => {
  it("are ok when Postgres and PostgREST answer and the app's JWT secret is the project's", async () => {
    const r = await report(stack().SUPABASE_JWT_SECRET);
    expect(r.status).toBe("ok");
    expect(r.checks.rest.ok).toBe(true);
    expect(r.checks.database.ok).toBe(true);
  });

  it("report the data API as down when the app's JWT secret is not the project's (every signed-in page would fail)", async () => {
    const r = await report("a-different-secret-that-is-at-least-32-chars");
    expect(r.status).toBe("degraded");
    expect(r.checks.rest.ok).toBe(false);
    expect(r.checks.database.ok).toBe(true);
  });

  it("never include error details in the report", async () => {
    const r = await report("a-different-secret-that-is-at-least-32-chars");
    expect(JSON.stringify(r)).not.toMatch(/error|401|secret/i);
  });
});
