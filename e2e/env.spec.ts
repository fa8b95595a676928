// Beacon refuses to start with a bad configuration, and says which variable is at fault
// (instrumentation.ts → lib/env/startup.ts), instead of failing on some later request.
import { spawn } from "node:child_process";
import { test, expect } from "./support/fixtures";
import { LOCAL_ANON_KEY, LOCAL_BETTER_AUTH_SECRET, LOCAL_JWT_SECRET, REPO_ROOT } from "../scripts/stack/config.ts";
import { nextBin } from "../scripts/lib/build.ts";
import { E2E_DIST_DIR } from "./support/paths.ts";

const PORT = 3102;

/** A complete, valid env for the e2e stack, as appEnv would make it. */
function goodEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BEACON_DIST_DIR: E2E_DIST_DIR,
    SUPABASE_URL: "http://127.0.0.1:25521",
    SUPABASE_ANON_KEY: LOCAL_ANON_KEY,
    SUPABASE_JWT_SECRET: LOCAL_JWT_SECRET,
    DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:25522/postgres",
    BETTER_AUTH_SECRET: LOCAL_BETTER_AUTH_SECRET,
    BETTER_AUTH_URL: `http://localhost:${PORT}`,
  };
}

/**
 * Runs `next start` with `env` and waits for it to exit. Does not poke it with requests: the
 * check must fire when the server starts, not on the first visitor.
 */
async function startExpectingExit(env: NodeJS.ProcessEnv, withinMs: number) {
  const proc = spawn(nextBin, ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: REPO_ROOT,
    env,
    detached: true, // own process group, so the finally below can end next-server too
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (d: Buffer) => (output += d));
  proc.stderr.on("data", (d: Buffer) => (output += d));
  try {
    const code = await new Promise<number | "still running">((resolve) => {
      const timer = setTimeout(() => resolve("still running"), withinMs);
      proc.on("exit", (c, signal) => {
        clearTimeout(timer);
        resolve(c ?? (signal ? 128 : 1));
      });
    });
    return { code, output };
  } finally {
    if (proc.pid && proc.exitCode === null && proc.signalCode === null) {
      try {
        process.kill(-proc.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  }
}

test.describe("the app refuses to start with bad env", () => {
  // All cases use port 3102; one at a time.
  test.describe.configure({ mode: "serial" });

  test("(control) with a complete env the same command starts and answers /api/health", async () => {
    const proc = spawn(nextBin, ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: REPO_ROOT,
      env: goodEnv(),
      detached: true,
      stdio: "ignore",
    });
    try {
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))?.status, { timeout: 20_000 })
        .toBe(200);
      expect(proc.exitCode).toBeNull();
    } finally {
      try {
        process.kill(-proc.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
      await new Promise((r) => (proc.exitCode === null && proc.signalCode === null ? proc.once("exit", r) : r(null)));
    }
  });

  test("without BETTER_AUTH_SECRET it exits non-zero at start, naming BETTER_AUTH_SECRET", async () => {
    const env = goodEnv();
    delete env.BETTER_AUTH_SECRET;
    const { code, output } = await startExpectingExit(env, 20_000);
    expect(code, output).not.toBe("still running");
    expect(code).not.toBe(0);
    expect(output).toContain("Beacon cannot start: BETTER_AUTH_SECRET is missing");
  });

  test("with a hosted SUPABASE_URL and the public local JWT secret it exits, naming SUPABASE_JWT_SECRET", async () => {
    const env = { ...goodEnv(), SUPABASE_URL: "https://example.supabase.co" };
    const { code, output } = await startExpectingExit(env, 20_000);
    expect(code, output).not.toBe("still running");
    expect(code).not.toBe(0);
    expect(output).toContain("SUPABASE_JWT_SECRET is the Supabase CLI's public local secret");
  });
});
