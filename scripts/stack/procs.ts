// Finding and stopping processes left behind by a crashed run. Linux /proc only: that is where
// the local stack runs (see docs/architecture.md).
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { REPO_ROOT } from "./config.ts";
import net from "node:net";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

function workingDir(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return "";
  }
}

/** Ours: started from this checkout and recognisably one of the stack's programs. */
function isOurLeftover(pid: number, markers: string[]): boolean {
  const cmd = commandLine(pid);
  const fromHere = workingDir(pid).startsWith(REPO_ROOT) || cmd.includes(REPO_ROOT);
  return fromHere && markers.some((m) => cmd.includes(m));
}

/** The pid listening on a TCP port on this machine, if any (IPv4 and IPv6 tables). */
export function listenerPid(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] = local address:port, cols[3] = state (0A = LISTEN), cols[9] = inode
      if (cols.length > 9 && cols[1].endsWith(`:${hex}`) && cols[3] === "0A") inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(target);
        if (m && inodes.has(m[1])) return Number(entry);
      } catch {
        /* the process went away while we looked */
      }
    }
  }
  return -1; // bound, but by a process we cannot see
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** SIGTERM (or the given signal), then SIGKILL if it will not go. */
export async function stopPid(pid: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 8000) {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  if (!(await waitForExit(pid, graceMs))) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* already gone */
    }
    await waitForExit(pid, 2000);
  }
}

/**
 * Make sure a port the stack needs is free. A leftover of our own (run from this checkout, its
 * command line naming one of `ownedMarkers`) is stopped, saying so; anything else stops the
 * start with a clear message rather than killing someone else's process.
 */
export async function freePort(port: number, what: string, ownedMarkers: string[], log: (m: string) => void) {
  if (await portIsFree(port)) return;
  let pid = listenerPid(port);
  // Busy but nobody listening: the local end of some outgoing connection (ports like 54321 sit
  // inside Linux's ephemeral range). Those come and go; give it a few seconds.
  for (let i = 0; i < 50 && pid === null; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (await portIsFree(port)) return;
    pid = listenerPid(port);
  }
  const cmd = pid && pid > 0 ? commandLine(pid) : "";
  if (pid === process.pid) {
    throw new Error(`port ${port} (${what}) is already in use by this very process: is this stack started twice?`);
  }
  if (pid && pid > 0 && isOurLeftover(pid, ownedMarkers)) {
    log(`port ${port} (${what}) was still held by pid ${pid} from an earlier run (${cmd.slice(0, 120)}); stopping it`);
    await stopPid(pid);
    if (await portIsFree(port)) return;
  }
  throw new Error(
    `port ${port} (${what}) is in use by ${pid && pid > 0 ? `pid ${pid}: ${cmd.slice(0, 160)}` : "another process"}. ` +
      `Stop it, or move Beacon's local stack with SUPABASE_URL / DATABASE_URL (see README).`,
  );
}
