import { checkHealth } from "@/lib/health/check";
import { authPool } from "@/lib/db/pool";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** 200 when Postgres and PostgREST both answer, 503 "degraded" naming the one that does not. */
export async function GET() {
  const e = env();
  const report = await checkHealth({ pool: authPool(), supabaseUrl: e.SUPABASE_URL, anonKey: e.SUPABASE_ANON_KEY });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
