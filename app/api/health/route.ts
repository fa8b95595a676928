import { checkHealth } from "@/lib/health/check";
import { authPool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { mintPostgrestToken } from "@/lib/auth/jwt";

export const dynamic = "force-dynamic";

/** 200 when Postgres and PostgREST both answer, 503 "degraded" naming the one that does not. */
export async function GET() {
  const e = env();
  // No person behind it: RLS gives this token nothing but PostgREST's root.
  const { token } = await mintPostgrestToken({ personId: "health-check", role: "responder" }, e.SUPABASE_JWT_SECRET, {
    ttlSeconds: 60,
  });
  const report = await checkHealth({ pool: authPool(), supabaseUrl: e.SUPABASE_URL, anonKey: e.SUPABASE_ANON_KEY, token });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
