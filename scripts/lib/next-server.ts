// Runs `next start` / `next dev` in its own process group, so stopping it stops next-server
// too (killing only the parent leaves an orphan next-server holding the port).
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort, stopPid } from "../stack/procs.ts";
import { REPO_ROOT } from "../stack/config.ts";
import { nextBin } from "./build.ts";

export interface NextServer {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export async function startNext(opts: {
  mode: "start" | "dev";
  port: number;
  env: NodeJS.ProcessEnv;
  distDir?: string;
  /** Send the app's output to .data/logs/app-<port>.log instead of the terminal (tests, bench). */
  quiet?: boolean;
  log: (m: string) => void;
}): Promise<NextServer> {
  await freePort(opts.port, "Beacon app", ["next-server", "next start", "next dev", "next/dist"], opts.log);
  let out: number | "inherit" = "inherit";
  const logFile = path.join(REPO_ROOT, ".data", "logs", `app-${opts.port}.log`);
  if (opts.quiet) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    out = openSync(logFile, "w");
  }
  const proc = spawn(nextBin, [opts.mode, "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: REPO_ROOT,
    detached: true,
    env: {
      ...opts.env,
      ...(opts.distDir ? { BEACON_DIST_DIR: opts.distDir } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: opts.mode === "dev" ? "development" : "production",
    },
    stdio: ["ignore", out, out],
  });
  if (typeof out === "number") closeSync(out);
  const url = `http://localhost:${opts.port}`;
  let exitCode: number | null = null;
  proc.on("exit", (code) => (exitCode = code ?? 1));
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (exitCode !== null) {
      const said = opts.quiet ? `:\n${readFileSync(logFile, "utf8").split("\n").slice(-12).join("\n")}` : "; see the message above";
      throw new Error(`the app exited during start (exit ${exitCode})${said}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200 || res.status === 503) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    proc,
    url,
    async stop() {
      if (proc.pid && proc.exitCode === null) {
        try {
          process.kill(-proc.pid, "SIGTERM");
        } catch {
          /* gone */
        }
        await stopPid(proc.pid, "SIGTERM", 5000);
        try {
          process.kill(-proc.pid, "SIGKILL");
        } catch {
          /* group already empty */
        }
      }
    },
  };
}
