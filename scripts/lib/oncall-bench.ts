// On-call measurements for `npm run bench`: 50 generated rotations × 20 participants with 500
// overrides (oncall-bench-data.sql), then
//   1. "who is on call now" server time — the read (every rotation with the overrides of the
//      window onCallNow looks at) plus onCallNow itself:
//      a. in process, the app's own functions with a real PostgREST client as the responder;
//      b. over HTTP, the app's GET /api/oncall/now: its Server-Timing (db, compute), and its
//         latency at 10 connections beside raw PostgREST answering the same query;
//   2. the rotation page with its 4-week calendar (GET /oncall/<id>, signed in) beside raw
//      PostgREST answering the page's read of that rotation.
import http from "node:http";
import { readFileSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import pg from "pg";
import type { BenchRow, Measure } from "./incident-bench.ts";

export const ROTATIONS = 50;
export const PARTICIPANTS = 20;
export const OVERRIDES = 500;
/** The rotation the calendar page is measured on: 4-hour shifts, the most blocks in four weeks. */
export const CALENDAR_ROTATION = "Bench rotation 01";
export const TARGET_NOW_SERVER_MS = 20;
export const TARGET_CALENDAR_P95_MS = 200;

type Log = (m: string) => void;
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
}
const summary = (values: number[], round = r2) => ({ p50_ms: round(pct(values, 50)), p95_ms: round(pct(values, 95)) });

// ── Data ───────────────────────────────────────────────────────────────────────────────────────

export interface OncallData {
  generated: boolean;
  generation_s: number | null;
  /** All rotations, the three demo ones included. */
  rotations: number;
  participants: number;
  overrides: number;
  overrides_in_force_now: number;
  people: number;
  calendar_rotation: { id: string; name: string; participants: number; shift: string; overrides_next_4_weeks: number };
}

/** Generates the data unless 'Bench rotation 01' is already there (see prepareIncidentData). */
export async function prepareOncallData(databaseUrl: string, log: Log): Promise<OncallData> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const have = await pool.query("select 1 from public.rotations where name = $1", [CALENDAR_ROTATION]);
    let generationS: number | null = null;
    if (!have.rowCount) {
      log(`generating ${ROTATIONS} rotations × ${PARTICIPANTS} participants with ${OVERRIDES} overrides…`);
      const sql = readFileSync(path.join(import.meta.dirname, "oncall-bench-data.sql"), "utf8");
      const t0 = performance.now();
      const client = await pool.connect();
      try {
        await client.query("begin");
        await client.query(sql);
        await client.query("commit");
      } catch (e) {
        await client.query("rollback").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
      await pool.query(
        "vacuum analyze public.people, public.rotations, public.rotation_participants, public.rotation_services, " +
          "public.rotation_overrides, public.oncall_checklist_status, public.oncall_changes, public.rotation_handoff_notes",
      );
      generationS = r1((performance.now() - t0) / 1000);
      log(`generated in ${generationS} s`);
    }
    const f = (
      await pool.query(
        `select (select count(*) from public.rotations)::int as rotations,
                (select count(*) from public.rotation_participants)::int as participants,
                (select count(*) from public.rotation_overrides)::int as overrides,
                (select count(*) from public.rotation_overrides where starts_at <= now() and ends_at > now())::int as in_force,
                (select count(*) from public.people)::int as people,
                r.id, r.name, r.shift_count || ' ' || r.shift_unit as shift,
                (select count(*) from public.rotation_participants p where p.rotation_id = r.id)::int as r_participants,
                (select count(*) from public.rotation_overrides o
                  where o.rotation_id = r.id and o.ends_at > now() and o.starts_at < now() + interval '28 days')::int as r_overrides
         from public.rotations r where r.name = $1`,
        [CALENDAR_ROTATION],
      )
    ).rows[0];
    return {
      generated: generationS !== null,
      generation_s: generationS,
      rotations: f.rotations,
      participants: f.participants,
      overrides: f.overrides,
      overrides_in_force_now: f.in_force,
      people: f.people,
      calendar_rotation: { id: f.id, name: f.name, participants: f.r_participants, shift: f.shift, overrides_next_4_weeks: f.r_overrides },
    };
  } finally {
    await pool.end();
  }
}

// ── Requests ───────────────────────────────────────────────────────────────────────────────────

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function request(
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(url, { method: body === undefined ? "GET" : "POST", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers, ms: performance.now() - t0 }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** `db;dur=12.3, compute;dur=0.4` → { db: 12.3, compute: 0.4 }. */
function parseServerTiming(header: string | string[] | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of String(header ?? "").split(",")) {
    const m = /^\s*([\w-]+)\s*;\s*dur=([\d.]+)/.exec(part);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

// ── Scenarios ──────────────────────────────────────────────────────────────────────────────────

export interface OncallBenchInput {
  appUrl: string;
  /** PostgREST itself (no gateway), as scripts/bench.ts's "raw PostgREST". */
  restUrl: string;
  /** The stack's SUPABASE_URL (the gateway), which the app's own client talks to. */
  supabaseUrl: string;
  anonKey: string;
  /** The signed-in responder's cookie, and a PostgREST token for the same person. */
  cookie: string;
  token: string;
  data: OncallData;
  measure: Measure;
  log: Log;
}

export interface Breakdown {
  samples: number;
  db: { p50_ms: number; p95_ms: number };
  compute: { p50_ms: number; p95_ms: number };
  total: { p50_ms: number; p95_ms: number };
}

// The app's lib modules start with `import "server-only"`, which throws outside Next's server
// bundles (vitest aliases it away for the same reason). Resolve it to an empty module here, before
// importing them, so this process runs the app's own code unchanged.
let hooked = false;
function allowServerOnly() {
  if (hooked) return;
  const hook = `export async function resolve(s, c, next) {
    return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  hooked = true;
}

/**
 * 1a: the app's functions in this process, as the responder, through the same gateway and fetch the
 * app uses. Sequential calls, so each is one request's own time: the route's path
 * (listOnCallSetups + onCallNowRows) and the home page's (listRotations over five weeks + onCallNow);
 * then the computation alone, repeated on one fetched set of rotations.
 */
async function inProcess(input: OncallBenchInput, iterations = 200) {
  allowServerOnly();
  const [{ createClient }, ws, { serverFetch }, { listOnCallSetups }, { listRotations }, { onCallNowRows }, { onCallNow, LOOKAHEAD_MS }] = await Promise.all([
    import("@supabase/supabase-js"),
    import("ws"),
    import("../../lib/db/fetch.ts"),
    import("../../lib/oncall/now-query.ts"),
    import("../../lib/oncall/queries.ts"),
    import("../../lib/oncall/now-response.ts"),
    import("../../lib/oncall/now.ts"),
  ]);
  // As lib/db/supabase.ts dbAs builds it (plus a WebSocket for realtime, which Node 20 lacks and Next provides).
  const db = createClient(input.supabaseUrl, input.anonKey, {
    accessToken: async () => input.token,
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: serverFetch },
    realtime: { transport: ws.default as never },
  });
  // Each call returns [read ms, computation ms] for one request's worth of work.
  const run = async (n: number, once: (now: Date) => Promise<[number, number]>): Promise<Breakdown> => {
    const [dbT, cT, tT] = [[], [], []] as number[][];
    for (let i = 0; i < n + 20; i++) {
      const [read, compute] = await once(new Date());
      if (i < 20) continue; // warm-up: JIT, keep-alive sockets, PostgREST's prepared statements
      dbT.push(read);
      cT.push(compute);
      tT.push(read + compute);
    }
    return { samples: n, db: summary(dbT), compute: summary(cT), total: summary(tT) };
  };
  const route = await run(iterations, async (now) => {
    const t0 = performance.now();
    const setups = await listOnCallSetups(db, now);
    const t1 = performance.now();
    onCallNowRows(setups, now);
    return [t1 - t0, performance.now() - t1];
  });
  const home = await run(iterations / 2, async (now) => {
    const t0 = performance.now();
    const rotations = await listRotations(db, now, new Date(now.getTime() + LOOKAHEAD_MS));
    const t1 = performance.now();
    onCallNow(
      rotations.map((r) => r.setup),
      now,
    );
    return [t1 - t0, performance.now() - t1];
  });
  const setups = await listOnCallSetups(db, new Date());
  const computeOnly: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const now = new Date();
    const t0 = performance.now();
    onCallNowRows(setups, now);
    if (i >= 100) computeOnly.push(performance.now() - t0);
  }
  return {
    route,
    home_page_path: home,
    compute_only: { samples: computeOnly.length, ...summary(computeOnly, (x) => Math.round(x * 1000) / 1000) },
    rotations: setups.length,
    /** How many overrides on_call_setups returned: those that can matter now, of all of them. */
    overrides_read: setups.reduce((n, s) => n + s.setup.overrides.length, 0),
  };
}

export async function benchOncall(input: OncallBenchInput) {
  const { appUrl, restUrl, cookie, data, measure, log } = input;
  const auth = { authorization: `Bearer ${input.token}`, apikey: input.anonKey };
  allowServerOnly();
  const [{ onCallWindow }, { ROTATION_COLUMNS }] = await Promise.all([
    import("../../lib/oncall/now-query.ts"),
    import("../../lib/oncall/queries.ts"),
  ]);
  const rows: BenchRow[] = [];
  const parity: string[] = [];

  // 1a.
  log("on call now: in process…");
  const inproc = await inProcess(input);

  // 1b. Raw PostgREST answers the same read: GET /api/oncall/now's (lib/oncall/now-query.ts), with
  // the window it asks for at the start (the app's moves on with the clock; the rows hardly change).
  const now = new Date();
  const rawNowUrl = `${restUrl}/rpc/on_call_setups`;
  const rawNowBody = JSON.stringify(onCallWindow(now));
  const rawNowHeaders = { ...auth, "content-type": "application/json" };
  const appNowUrl = `${appUrl}/api/oncall/now`;
  {
    const a = await request(appNowUrl, { cookie });
    const r = await request(rawNowUrl, rawNowHeaders, rawNowBody);
    const appRows = a.status === 200 ? (JSON.parse(a.body) as { rotationId: string; primary: string | null }[]) : [];
    const rawRows = r.status === 200 ? (JSON.parse(r.body) as { id: string }[]) : [];
    if (a.status !== 200 || r.status !== 200 || appRows.map((x) => x.rotationId).join() !== rawRows.map((x) => x.id).join()) {
      const m = `on call now: app (${a.status}, ${appRows.length} rotations) and raw (${r.status}, ${rawRows.length}) differ`;
      parity.push(m);
      log(`WARNING ${m}`);
    }
    if (appRows.length && !appRows.some((x) => x.primary)) parity.push("on call now: nobody is on call in any rotation");
  }
  // Server-Timing, one request at a time (each request's own time, no queueing behind others).
  const timing = { db: [] as number[], compute: [] as number[], total: [] as number[] };
  const sequential = { app: [] as number[], raw: [] as number[] };
  for (let i = 0; i < 220; i++) {
    const a = await request(appNowUrl, { cookie });
    const r = await request(rawNowUrl, rawNowHeaders, rawNowBody);
    if (i < 20) continue;
    const t = parseServerTiming(a.headers["server-timing"]);
    timing.db.push(t.db ?? NaN);
    timing.compute.push(t.compute ?? NaN);
    timing.total.push((t.db ?? NaN) + (t.compute ?? NaN));
    sequential.app.push(a.ms);
    sequential.raw.push(r.ms);
  }
  const serverTime: Breakdown = {
    samples: timing.total.length,
    db: summary(timing.db, r1),
    compute: summary(timing.compute, r1),
    total: summary(timing.total, r1),
  };
  const nowScenario = `on call now (${data.rotations} rotations, ${data.overrides} overrides)`;
  const appNow = await measure(nowScenario, "app GET /api/oncall/now", appNowUrl, { cookie });
  const rawNow = await measure(nowScenario, "raw PostgREST POST /rpc/on_call_setups", rawNowUrl, rawNowHeaders, { method: "POST", body: rawNowBody });
  rows.push(appNow, rawNow);

  // 2. The rotation page. Raw: its read of the rotation (listRotations for this one rotation over
  // the four weeks from the viewer's midnight today; a day either side of that is close enough).
  const rot = data.calendar_rotation;
  const pageUrl = `${appUrl}/oncall/${rot.id}`;
  const [pageFrom, pageTo] = [new Date(now.getTime() - 86_400_000), new Date(now.getTime() + 28 * 86_400_000)].map((d) => encodeURIComponent(d.toISOString()));
  const rawPageUrl =
    `${restUrl}/rotations?select=${encodeURIComponent(ROTATION_COLUMNS)}&id=eq.${rot.id}&` +
    `overrides.starts_at=lt.${pageTo}&overrides.ends_at=gt.${pageFrom}&order=name`;
  {
    const a = await request(pageUrl, { cookie });
    if (a.status !== 200 || !a.body.includes("Next four weeks") || !a.body.includes(rot.name)) {
      const m = `rotation page: HTTP ${a.status}, ${a.body.length} bytes, calendar ${a.body.includes("Next four weeks") ? "present" : "missing"}`;
      parity.push(m);
      log(`WARNING ${m}`);
    }
  }
  // One at a time (one person opening the page), beside the raw read one at a time.
  const pageSequential = { app: [] as number[], raw: [] as number[], failed: 0 };
  for (let i = 0; i < 60; i++) {
    const a = await request(pageUrl, { cookie });
    const r = await request(rawPageUrl, auth);
    if (a.status !== 200) pageSequential.failed++;
    if (i < 10) continue;
    pageSequential.app.push(a.ms);
    pageSequential.raw.push(r.ms);
  }
  const pageOne = { app: summary(pageSequential.app, r1), raw: summary(pageSequential.raw, r1) };
  const pageScenario = `rotation page, 4-week calendar (${rot.participants} participants, ${rot.shift} shifts, ${rot.overrides_next_4_weeks} overrides)`;
  const appPage = await measure(pageScenario, `app GET /oncall/<id>`, pageUrl, { cookie });
  const rawPage = await measure(pageScenario, "raw PostgREST GET /rotations?id=eq.<id> (the page's rotation read)", rawPageUrl, auth);
  rows.push(appPage, rawPage);
  agent.destroy();

  return {
    rows,
    parity,
    on_call_now: {
      in_process: inproc,
      server_timing: serverTime,
      sequential_http: { app: summary(sequential.app, r1), raw: summary(sequential.raw, r1) },
      under_load: {
        app: { p50_ms: appNow.p50_ms, p95_ms: appNow.p95_ms, requests_per_s: appNow.requests_per_s },
        raw: { p50_ms: rawNow.p50_ms, p95_ms: rawNow.p95_ms, requests_per_s: rawNow.requests_per_s },
        app_vs_raw_p50: rawNow.p50_ms ? r2(appNow.p50_ms / rawNow.p50_ms) : 0,
        app_vs_raw_p95: rawNow.p95_ms ? r2(appNow.p95_ms / rawNow.p95_ms) : 0,
      },
      pass: serverTime.total.p95_ms <= TARGET_NOW_SERVER_MS && appNow.non_2xx + appNow.errors === 0,
    },
    calendar_page: {
      rotation: rot,
      sequential: pageOne,
      under_load: {
        app: { p50_ms: appPage.p50_ms, p95_ms: appPage.p95_ms, requests_per_s: appPage.requests_per_s },
        raw: { p50_ms: rawPage.p50_ms, p95_ms: rawPage.p95_ms, requests_per_s: rawPage.requests_per_s },
        app_vs_raw_p50: rawPage.p50_ms ? r2(appPage.p50_ms / rawPage.p50_ms) : 0,
        app_vs_raw_p95: rawPage.p95_ms ? r2(appPage.p95_ms / rawPage.p95_ms) : 0,
      },
      // The target, judged both ways: a person opening the page, and ten at once without pause.
      pass_one_at_a_time: pageOne.app.p95_ms <= TARGET_CALENDAR_P95_MS && pageSequential.failed === 0,
      pass_at_connections: appPage.p95_ms <= TARGET_CALENDAR_P95_MS && appPage.non_2xx + appPage.errors === 0,
    },
  };
}

/** The lines scripts/bench.ts prints after its table. */
export function oncallSummary(data: OncallData, r: Awaited<ReturnType<typeof benchOncall>>, connections: number): string[] {
  const n = r.on_call_now;
  const ip = n.in_process;
  const st = n.server_timing;
  const c = r.calendar_page;
  const ms = (x: { p50_ms: number; p95_ms: number }) => `p50 ${x.p50_ms} ms, p95 ${x.p95_ms} ms`;
  const out = [
    `on call: ${data.rotations} rotations (${ROTATIONS} generated × ${PARTICIPANTS} participants, 3 demo), ${data.participants} participant slots, ` +
      `${data.overrides} overrides (${data.overrides_in_force_now} in force now), ${data.people} people; ` +
      (data.generated ? `generated in ${data.generation_s} s` : "already present"),
    `on call now, server time (GET /api/oncall/now Server-Timing, ${st.samples} sequential requests): db ${ms(st.db)}; compute ${ms(st.compute)}; ` +
      `total ${ms(st.total)} (target ≤ ${TARGET_NOW_SERVER_MS} ms at p95) ${n.pass ? "PASS" : "ABOVE TARGET"}`,
    `on call now, in process (the route's functions, ${ip.route.samples} calls): read ${ms(ip.route.db)}; onCallNow ${ms(ip.route.compute)}; total ${ms(ip.route.total)}; ` +
      `computation alone ${ms(ip.compute_only)} for ${ip.rotations} rotations with the ${ip.overrides_read} overrides that can matter now`,
    `on call now, home page path (listRotations 5 weeks + onCallNow, ${ip.home_page_path.samples} calls): read ${ms(ip.home_page_path.db)}; onCallNow ${ms(ip.home_page_path.compute)}; total ${ms(ip.home_page_path.total)}`,
    `on call now over HTTP, one at a time: app ${ms(n.sequential_http.app)} vs raw PostgREST ${ms(n.sequential_http.raw)}; ` +
      `at ${connections} connections: app ${ms(n.under_load.app)} vs raw ${ms(n.under_load.raw)} (${n.under_load.app_vs_raw_p50}× at p50, ${n.under_load.app_vs_raw_p95}× at p95)`,
    `rotation page (${c.rotation.name}), one at a time: app ${ms(c.sequential.app)} vs raw rotation read ${ms(c.sequential.raw)}; ` +
      `at ${connections} connections: app ${ms(c.under_load.app)} vs raw ${ms(c.under_load.raw)} (${c.under_load.app_vs_raw_p50}× at p50, ${c.under_load.app_vs_raw_p95}× at p95)`,
    `rotation page target p95 ≤ ${TARGET_CALENDAR_P95_MS} ms: one at a time ${c.pass_one_at_a_time ? "PASS" : "ABOVE TARGET"}; ` +
      `at ${connections} connections ${c.pass_at_connections ? "PASS" : "ABOVE TARGET"}`,
  ];
  for (const p of r.parity) out.push(`WARNING ${p}`);
  return out;
}
