// `npm run bench`: boots its own stack and a production build, then measures with autocannon
// the app against raw PostgREST answering the same query with the same kind of token, on this
// machine in this run. Prints a table; writes JSON to bench/results/.
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { REPO_ROOT, stackConfig } from "./stack/config.ts";
import { startStack, type Stack } from "./stack/index.ts";
import { appEnv } from "./lib/app-env.ts";
import { ensureBuild } from "./lib/build.ts";
import { startNext, type NextServer } from "./lib/next-server.ts";
import { mintPostgrestToken } from "../lib/auth/jwt.ts";
import { DEMO_PASSWORD } from "../lib/auth/demo.ts";
import { PERSON_COLUMNS } from "../lib/people/person.ts";
import { benchRunbookLcp, benchRunbookSearch } from "./lib/runbook-bench.ts";
import { benchIncidents, incidentSummary, prepareIncidentData, TARGET_LIVE_P95_MS, TARGET_P95_MS } from "./lib/incident-bench.ts";
import { benchOncall, oncallSummary, prepareOncallData, TARGET_CALENDAR_P95_MS, TARGET_NOW_SERVER_MS } from "./lib/oncall-bench.ts";

const PORT = 3200;
const CONNECTIONS = 10;
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);
const log = (m: string) => console.log(`[bench] ${m}`);

interface Row {
  scenario: string;
  target: string;
  connections: number;
  requests_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  non_2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[i] * 10) / 10;
}

function run(opts: autocannon.Options, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const inst = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    // autocannon reports p97.5, not p95: we keep every response time and compute our own.
    if (onLatency) inst.on("response", (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

async function measure(scenario: string, target: string, url: string, headers: Record<string, string>, extra: { method?: string; body?: string } = {}): Promise<Row> {
  // A short warm-up so JIT, pools and caches are in their steady state before we count.
  await run({ url, headers, connections: CONNECTIONS, duration: 2, ...extra });
  const latencies: number[] = [];
  const r = await run({ url, headers, connections: CONNECTIONS, duration: DURATION_S, ...extra }, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    target,
    connections: CONNECTIONS,
    requests_per_s: Math.round(r.requests.average),
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    non_2xx: r.non2xx,
    errors: r.errors,
  };
}

/** Sign in as the demo responder and return the Cookie header a browser would send. */
async function signIn(baseUrl: string): Promise<{ cookie: string; userId: string }> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": "192.0.2.200" },
    body: JSON.stringify({ email: "marcus@example.com", password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = (await res.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}

let stack: Stack | undefined;
let app: NextServer | undefined;
try {
  stack = await startStack(stackConfig("bench"), { fresh: true, log: () => {} });
  const incidentData = await prepareIncidentData(stack.env.DATABASE_URL, log);
  const oncallData = await prepareOncallData(stack.env.DATABASE_URL, log);
  const env = appEnv({ port: PORT, stack: stack.env, nodeEnv: "production" });
  await ensureBuild(".next-bench", env, log);
  app = await startNext({ mode: "start", port: PORT, env, distDir: ".next-bench", quiet: true, log });
  const restUrl = `http://127.0.0.1:${stack.cfg.restPort}`;
  const query = `/people?select=${PERSON_COLUMNS}&order=name`;
  log(`${CONNECTIONS} connections, ${DURATION_S} s per scenario (after 2 s warm-up), ${os.cpus().length} cores`);

  const rows: Row[] = [];
  rows.push(await measure("health", "app GET /api/health", `${app.url}/api/health`, {}));
  const { cookie, userId } = await signIn(app.url);
  rows.push(await measure("people (authenticated read)", "app GET /api/people", `${app.url}/api/people`, { cookie }));
  const { token } = await mintPostgrestToken({ personId: userId, role: "responder" }, stack.env.SUPABASE_JWT_SECRET, {
    ttlSeconds: 600,
  });
  const auth = { authorization: `Bearer ${token}`, apikey: stack.env.SUPABASE_ANON_KEY };
  rows.push(await measure("people (authenticated read)", "raw PostgREST", `${restUrl}${query}`, auth));
  rows.push(await measure("people (authenticated read)", "PostgREST via local gateway", `${stack.env.SUPABASE_URL}/rest/v1${query}`, auth));
  const incidents = await benchIncidents({ appUrl: app.url, restUrl, cookie, token, anonKey: stack.env.SUPABASE_ANON_KEY, data: incidentData, measure, connections: CONNECTIONS, durationS: DURATION_S, log });
  rows.push(...incidents.rows);
  const oncall = await benchOncall({ appUrl: app.url, restUrl, supabaseUrl: stack.env.SUPABASE_URL, anonKey: stack.env.SUPABASE_ANON_KEY, cookie, token, data: oncallData, measure, log });
  rows.push(...oncall.rows);

  const app_ = rows[1].requests_per_s;
  const raw = rows[2].requests_per_s;
  const ratio = raw ? app_ / raw : 0;
  console.log("");
  console.log("| scenario | target | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(`| ${r.scenario} | ${r.target} | ${r.connections} | ${r.requests_per_s} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} | ${r.non_2xx + r.errors} |`);
  }
  console.log("");
  const target = 0.6;
  console.log(`app authenticated read / raw PostgREST req/s = ${ratio.toFixed(2)}× (target ≥ ${target}×) ${ratio >= target ? "PASS" : "BELOW TARGET"}`);
  for (const line of incidentSummary(incidentData, incidents)) console.log(line);
  for (const line of oncallSummary(oncallData, oncall, CONNECTIONS)) console.log(line);

  const search = benchRunbookSearch();
  const lcp = await benchRunbookLcp(app.url, (await signIn(app.url)).cookie, "database-supabase-outage");
  console.log("");
  console.log(`runbook search: ${search.runbooks} runbooks, ${search.queries} queries: p50 ${search.p50_ms} ms, p95 ${search.p95_ms} ms, max ${search.max_ms} ms (target ≤ 50 ms) ${search.p95_ms <= 50 ? "PASS" : "ABOVE TARGET"}`);
  console.log(`runbook page LCP (${lcp.page}, Chromium, ${lcp.runs} cold loads): median ${lcp.median_ms} ms, max ${lcp.max_ms} ms (target ≤ 1000 ms) ${lcp.median_ms <= 1000 ? "PASS" : "ABOVE TARGET"}`);

  const dir = path.join(REPO_ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const result = {
    at: new Date().toISOString(),
    machine: { cores: os.cpus().length, node: process.version, memory_gb: Math.round(os.totalmem() / 2 ** 30) },
    duration_s: DURATION_S,
    rows,
    ratios: { app_people_vs_raw_postgrest: Number(ratio.toFixed(3)) },
    runbooks: { search, lcp },
    incidents: { data: incidentData, comparisons: incidents.comparisons, live: incidents.live, parity_warnings: incidents.parity },
    oncall: { data: oncallData, on_call_now: oncall.on_call_now, calendar_page: oncall.calendar_page, parity_warnings: oncall.parity },
    targets: { app_people_vs_raw_postgrest: target, runbook_search_p95_ms: 50, runbook_lcp_ms: 1000, incident_app_p95_ms: TARGET_P95_MS, incident_live_p95_ms: TARGET_LIVE_P95_MS,
      oncall_now_server_p95_ms: TARGET_NOW_SERVER_MS, oncall_calendar_page_p95_ms: TARGET_CALENDAR_P95_MS },
  };
  const stamp = result.at.replace(/[:.]/g, "-");
  writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(path.join(dir, "latest.json"), JSON.stringify(result, null, 2));
  log(`wrote bench/results/${stamp}.json`);
} finally {
  await app?.stop();
  await stack?.stop();
}
