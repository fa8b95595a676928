// Looking at the processes a local stack leaves on this machine, from /proc (Linux, like the stack).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { REPO_ROOT, type StackConfig } from "../../scripts/stack/config.ts";
import { pgDataDir } from "../../scripts/stack/postgres.ts";
import { postgrestBinary, postgrestEnv } from "../../scripts/stack/postgrest.ts";
import { portIsFree } from "../../scripts/stack/procs.ts";

export interface Proc {
  pid: number;
  ppid: number;
  state: string;
  cmd: string;
}

function read(pid: string, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

export function allProcesses(): (Proc & { env: string })[] {
  const out: (Proc & { env: string })[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const status = read(entry, "status");
    if (!status) continue;
    out.push({
      pid: Number(entry),
      ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0),
      state: /^State:\s+(\S+)/m.exec(status)?.[1] ?? "?",
      cmd: read(entry, "cmdline").split("\0").join(" ").trim(),
      env: read(entry, "environ"),
    });
  }
  return out;
}

/**
 * Every process that belongs to this stack: the postmaster (its command line names the data dir),
 * the postmaster's children (their titles do not), and any PostgREST configured for its REST port.
 */
export function stackProcesses(cfg: StackConfig): Proc[] {
  const procs = allProcesses();
  const postmasters = procs.filter((p) => p.cmd.includes(` -D ${pgDataDir(cfg)} `));
  const pmPids = new Set(postmasters.map((p) => p.pid));
  const children = procs.filter((p) => pmPids.has(p.ppid));
  const postgrests = procs.filter((p) => p.env.split("\0").includes(`PGRST_SERVER_PORT=${cfg.restPort}`));
  return [...postmasters, ...children, ...postgrests].map(({ pid, ppid, state, cmd }) => ({ pid, ppid, state, cmd }));
}

export const processExists = (pid: number) => existsSync(`/proc/${pid}`);

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for: ${what}`);
}

export const portHeld = async (port: number) => !(await portIsFree(port));

/**
 * A PostgREST as a crashed `npm start` would leave it: started from this checkout, detached,
 * holding the stack's REST ports (it listens even while its database is down).
 */
export async function spawnLeftoverPostgrest(cfg: StackConfig): Promise<ChildProcess> {
  const child = spawn(postgrestBinary(), [], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: "ignore",
    env: postgrestEnv(cfg, { PGRST_LOG_LEVEL: "crit" }),
  });
  await waitFor(`a leftover PostgREST listening on ${cfg.restPort}`, () => portHeld(cfg.restPort));
  return child;
}

/** Someone else's program on a port: not from this checkout, not one of the stack's programs. */
export async function spawnForeignListener(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["-e", `require("node:net").createServer().listen(${port}, "127.0.0.1"); setTimeout(() => {}, 120000)`],
    { cwd: "/tmp", stdio: "ignore" },
  );
  await waitFor(`a foreign listener on ${port}`, () => portHeld(port));
  return child;
}

/** Stop a process this test started, by its pid, and wait until it is gone. */
export async function killOurs(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}
