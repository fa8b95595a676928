// The local stack itself (scripts/stack): migrations and seed, restarts, recovery from a crashed
// run, and a clean stop. It runs a stack of its own (own ports and data dir), never the shared
// test stack and never the bench / e2e / health ones.
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { spawnSync, spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintPostgrestToken } from "../../lib/auth/jwt.ts";
import { REPO_ROOT, stackConfig, stackEnv, type StackConfig } from "../../scripts/stack/config.ts";
import { startStack, type Stack } from "../../scripts/stack/index.ts";
import { migrate, migrationFiles } from "../../scripts/stack/migrate.ts";
import { pgDataDir, startPostgres } from "../../scripts/stack/postgres.ts";
import { portIsFree } from "../../scripts/stack/procs.ts";
import { killOurs, processExists, spawnForeignListener, spawnLeftoverPostgrest, stackProcesses } from "../support/stack-procs";

const cfg: StackConfig = {
  ...stackConfig("bench"),
  name: "it-stack",
  dir: path.join(REPO_ROOT, ".data", "it-stack"),
  apiPort: 25821,
  dbPort: 25822,
  restPort: 25831,
  restAdminPort: 25832,
};
const PORTS = [cfg.apiPort, cfg.dbPort, cfg.restPort, cfg.restAdminPort];
const LOCK = path.join(pgDataDir(cfg), "postmaster.pid");
const SEED = path.join(REPO_ROOT, "supabase", "seed.sql");
const SLOW = 60_000;

let running: Stack | undefined;
let firstStartLogs: string[] = [];
const ours: ChildProcess[] = [];

async function start(opts: { fresh?: boolean } = {}): Promise<string[]> {
  const logs: string[] = [];
  running = await startStack(cfg, { ...opts, log: (m) => logs.push(m) });
  return logs;
}
async function stop() {
  await running?.stop();
  running = undefined;
}
const ensureRunning = async () => {
  if (!running) await start();
};
const ensureStopped = stop;

/** A short-lived superuser connection to this stack's database. */
async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]> {
  const c = new pg.Client(stackEnv(cfg).DATABASE_URL);
  await c.connect();
  try {
    return (await c.query<R>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** PostgREST through this stack's gateway, as the seeded admin (only reading). */
async function servicesViaApi(): Promise<{ status: number; body: unknown }> {
  const { token } = await mintPostgrestToken({ personId: "demo-ana", role: "admin" }, cfg.jwtSecret);
  const env = stackEnv(cfg);
  const res = await fetch(`${env.SUPABASE_URL}/rest/v1/services?select=slug&order=slug`, {
    headers: { apikey: env.SUPABASE_ANON_KEY, authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  for (const port of PORTS) expect(await portIsFree(port), `port ${port} must be free for this test`).toBe(true);
  firstStartLogs = await start({ fresh: true });
}, 120_000);

afterAll(async () => {
  await stop();
  for (const c of ours) await killOurs(c);
  rmSync(cfg.dir, { recursive: true, force: true });
}, 60_000);

describe("local stack: migrations and seed", () => {
  it("a fresh start creates the cluster, applies every migration in file order, then loads the demo data", () => {
    const files = migrationFiles().map((m) => path.basename(m.file));
    expect(files.length).toBeGreaterThan(0);
    expect(firstStartLogs).toEqual([
      expect.stringMatching(/^created a new database cluster in .*it-stack\/pgdata \(\d+ ms\)$/),
      `applied ${files.length} migration(s): ${files.join(", ")}`,
      "loaded the demo data (supabase/seed.sql)",
    ]);
  });

  it("each migration is recorded once in supabase_migrations.schema_migrations, with its name and exact SQL", async () => {
    await ensureRunning();
    const rows = await sql<{ version: string; name: string; statements: string[] }>(
      "select version, name, statements from supabase_migrations.schema_migrations order by version",
    );
    expect(rows).toEqual(
      migrationFiles().map((m) => ({ version: m.version, name: m.name, statements: [readFileSync(m.file, "utf8")] })),
    );
  });

  it("the seed is recorded once in supabase_migrations.seed_files with the hash of seed.sql", async () => {
    await ensureRunning();
    const hash = createHash("sha256").update(readFileSync(SEED, "utf8")).digest("hex");
    expect(await sql("select path, hash from supabase_migrations.seed_files")).toEqual([{ path: "supabase/seed.sql", hash }]);
    const [counts] = await sql<{ people: number; demo: number; services: number }>(
      `select (select count(*)::int from public.people) as people,
              (select count(*)::int from public.people where id like 'demo-%') as demo,
              (select count(*)::int from public.services) as services`,
    );
    expect(counts).toEqual({ people: 12, demo: 12, services: 4 });
  });

  it("migrating an up-to-date database applies nothing and does not seed again", async () => {
    await ensureRunning();
    const logs: string[] = [];
    expect(await migrate(cfg, (m) => logs.push(m), { seed: true })).toEqual({ applied: [], seeded: false });
    expect(logs).toEqual([]);
  });

  it(
    "a restart applies no migration, does not seed again, and keeps edits to the demo data",
    async () => {
      await ensureRunning();
      await sql("update public.services set description = 'Edited before the restart.' where slug = 'api'");
      await sql("update public.people set phone = '+1 555 0199' where id = 'demo-marcus'");
      await sql("delete from public.services where slug = 'web'");
      await stop();

      const logs = await start();
      expect(logs.filter((l) => /migration|demo data|cluster|stale|earlier run/.test(l))).toEqual([]);
      expect(await sql("select description from public.services where slug = 'api'")).toEqual([{ description: "Edited before the restart." }]);
      expect(await sql("select phone from public.people where id = 'demo-marcus'")).toEqual([{ phone: "+1 555 0199" }]);
      expect(await sql("select slug from public.services order by slug")).toEqual([{ slug: "api" }, { slug: "auth" }, { slug: "database" }]);
      expect(await sql("select count(*)::int as n from supabase_migrations.seed_files")).toEqual([{ n: 1 }]);
      expect(await sql("select count(*)::int as n from supabase_migrations.schema_migrations")).toEqual([{ n: migrationFiles().length }]);
    },
    SLOW,
  );
});

describe("local stack: stopping", () => {
  it(
    "stop() leaves no Postgres or PostgREST process for the data dir, removes the lock and frees every port",
    async () => {
      await ensureRunning();
      const before = stackProcesses(cfg);
      expect(before.filter((p) => p.cmd.includes(pgDataDir(cfg)))).toHaveLength(1); // the postmaster
      expect(before.filter((p) => p.cmd.endsWith("/postgrest"))).toHaveLength(1);
      expect(before.length).toBeGreaterThan(2); // and Postgres' own workers
      expect(existsSync(LOCK)).toBe(true);

      await stop();

      expect(before.filter((p) => processExists(p.pid))).toEqual([]);
      expect(stackProcesses(cfg)).toEqual([]);
      expect(existsSync(LOCK)).toBe(false);
      for (const port of PORTS) expect(await portIsFree(port), `port ${port}`).toBe(true);
    },
    SLOW,
  );

  it(
    "stop() can be called twice",
    async () => {
      await ensureRunning();
      const stack = running!;
      await stack.stop();
      await expect(stack.stop()).resolves.toBeUndefined();
      running = undefined;
      expect(stackProcesses(cfg)).toEqual([]);
    },
    SLOW,
  );
});

describe("local stack: recovering from a crashed run", () => {
  it(
    "a stale postmaster.pid naming a dead process is removed, and the start says so",
    async () => {
      await ensureStopped();
      const dead = spawnSync("true").pid!; // exited and reaped: nothing runs under this pid now
      expect(processExists(dead)).toBe(false);
      writeFileSync(LOCK, `${dead}\n${pgDataDir(cfg)}\n1700000000\n${cfg.dbPort}\n${pgDataDir(cfg)}\n127.0.0.1\n  1234567  0\nready   \n`);

      const logs = await start();

      expect(logs).toContain(`found a stale postmaster.pid (pid ${dead} is not running); removed it`);
      expect(await sql("select 1 as ok")).toEqual([{ ok: 1 }]);
      expect(Number(readFileSync(LOCK, "utf8").split("\n")[0])).not.toBe(dead);
    },
    SLOW,
  );

  it(
    "a postmaster.pid naming a live process that is not our Postgres is removed, and that process is left alone",
    async () => {
      await ensureStopped();
      const bystander = spawn("sleep", ["120"], { stdio: "ignore" });
      ours.push(bystander);
      writeFileSync(LOCK, `${bystander.pid}\n${pgDataDir(cfg)}\n`);
      try {
        const logs = await start();
        expect(logs).toEqual(expect.arrayContaining([expect.stringContaining(`found a stale postmaster.pid (pid ${bystander.pid}`)]));
        expect(processExists(bystander.pid!)).toBe(true);
        expect(bystander.exitCode).toBeNull();
        expect(await sql("select 1 as ok")).toEqual([{ ok: 1 }]);
      } finally {
        await killOurs(bystander);
      }
    },
    SLOW,
  );

  it(
    "a Postgres still running on the data dir from an earlier run is shut down first, and the start says so",
    async () => {
      await ensureStopped();
      const leftover = await startPostgres(cfg, () => {});
      ours.push(leftover);
      const pid = leftover.pid!;
      expect(processExists(pid)).toBe(true);

      const logs = await start();

      expect(logs).toContain(`Postgres (pid ${pid}) from an earlier run was still running on this data dir; shutting it down`);
      expect(processExists(pid)).toBe(false);
      expect(Number(readFileSync(LOCK, "utf8").split("\n")[0])).not.toBe(pid);
      expect(await sql("select count(*)::int as n from supabase_migrations.seed_files")).toEqual([{ n: 1 }]);
    },
    SLOW,
  );

  it(
    "a PostgREST from an earlier run still holding the REST port is stopped, and the start says so",
    async () => {
      await ensureStopped();
      const leftover = await spawnLeftoverPostgrest(cfg);
      ours.push(leftover);
      const pid = leftover.pid!;

      const logs = await start();

      expect(logs).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^port ${cfg.restPort} \\(PostgREST\\) was still held by pid ${pid} from an earlier run \\(.*postgrest.*\\); stopping it$`)),
        ]),
      );
      expect(processExists(pid)).toBe(false);
      // The PostgREST answering now is the stack's own, connected to this database.
      const r = await servicesViaApi();
      expect(r.status).toBe(200);
      expect((r.body as { slug: string }[]).length).toBeGreaterThan(0);
      expect(stackProcesses(cfg).filter((p) => p.cmd.endsWith("/postgrest"))).toHaveLength(1);
    },
    SLOW,
  );

  it(
    "a port held by a program that is not ours fails the start with a clear error, leaves that program alone and leaves nothing of ours running",
    async () => {
      await ensureStopped();
      const foreign = await spawnForeignListener(cfg.restPort);
      ours.push(foreign);
      try {
        const failed = startStack(cfg, { log: () => {} });
        await expect(failed).rejects.toThrow(new RegExp(`^port ${cfg.restPort} \\(PostgREST\\) is in use by pid ${foreign.pid}: `));
        expect(processExists(foreign.pid!)).toBe(true);
        expect(foreign.exitCode).toBeNull();
        expect(stackProcesses(cfg)).toEqual([]);
        expect(existsSync(LOCK)).toBe(false);
      } finally {
        await killOurs(foreign);
      }
      // Once the port is free again the stack starts normally.
      await start();
      expect((await servicesViaApi()).status).toBe(200);
    },
    SLOW,
  );
});

describe("local stack: fresh starts", () => {
  it(
    "a fresh start wipes the data dir and seeds again",
    async () => {
      await ensureRunning();
      await sql("update public.services set description = 'Edited before a fresh start.' where slug = 'api'");
      await stop();

      const logs = await start({ fresh: true });

      expect(logs).toEqual(expect.arrayContaining([expect.stringMatching(/^created a new database cluster/), "loaded the demo data (supabase/seed.sql)"]));
      expect(await sql("select description from public.services where slug = 'api'")).toEqual([
        { description: "Public REST API used by the web app, mobile apps and partners." },
      ]);
      expect(await sql("select count(*)::int as n from public.services")).toEqual([{ n: 4 }]);
    },
    SLOW,
  );
});
