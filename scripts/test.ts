// `npm test`: typecheck, lint, unit, integration (real stack), e2e (real Chromium against a
// production build). Every step runs even if an earlier one failed, so one run shows everything;
// the last line is the total: `N passed, N failed`.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./stack/config.ts";
import { findChromium } from "./lib/chromium.ts";

const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);
const REPORTS = path.join(REPO_ROOT, ".data", "reports");
const log = (m: string) => console.log(`\n[test] ${m}`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    p.stdout?.on("data", (d) => (output += d));
    p.stderr?.on("data", (d) => (output += d));
    p.on("error", () => resolve({ code: 127, output }));
    p.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

interface Tally {
  step: string;
  passed: number;
  failed: number;
  seconds: number;
}

/**
 * A command that is one check: it passes or fails as a whole. Its output is held and printed when
 * it ends, so two checks can run side by side (typecheck and lint use a core each).
 */
async function check(step: string, cmd: string, args: string[]): Promise<Tally> {
  const t0 = Date.now();
  const { code, output } = await run(cmd, args, process.env, true);
  log(`${step}: ${path.basename(cmd)} ${args.join(" ")}`);
  if (output) process.stdout.write(output);
  return { step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds: (Date.now() - t0) / 1000 };
}

async function vitest(project: "unit" | "integration"): Promise<Tally> {
  const t0 = Date.now();
  const out = path.join(REPORTS, `${project}.json`);
  rmSync(out, { force: true });
  log(`${project} tests (vitest)`);
  const { code } = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const seconds = (Date.now() - t0) / 1000;
  if (!existsSync(out)) return { step: project, passed: 0, failed: 1, seconds };
  const r = JSON.parse(readFileSync(out, "utf8"));
  // A run that crashed outside any test (a failing setup) still counts as a failure.
  const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { step: project, passed: r.numPassedTests, failed, seconds };
}

async function e2e(): Promise<Tally> {
  const t0 = Date.now();
  let chromiumPath: string;
  try {
    chromiumPath = findChromium((m) => log(m));
  } catch (e) {
    console.error(`[test] ${(e as Error).message}`);
    return { step: "e2e", passed: 0, failed: 1, seconds: 0 };
  }
  const out = path.join(REPORTS, "e2e.json");
  rmSync(out, { force: true });
  log(`end-to-end tests (Playwright, ${chromiumPath})`);
  const { code } = await run(bin("playwright"), ["test"], { ...process.env, CHROMIUM_PATH: chromiumPath });
  const seconds = (Date.now() - t0) / 1000;
  if (!existsSync(out)) return { step: "e2e", passed: 0, failed: 1, seconds };
  const s = JSON.parse(readFileSync(out, "utf8")).stats;
  const failed = s.unexpected + s.flaky + (code !== 0 && s.unexpected === 0 ? 1 : 0);
  return { step: "e2e", passed: s.expected, failed, seconds };
}

mkdirSync(REPORTS, { recursive: true });
const t0 = Date.now();
const tallies: Tally[] = [];
log("typecheck and lint, side by side");
tallies.push(...(await Promise.all([check("typecheck", bin("tsc"), ["--noEmit", "-p", "."]), check("lint", bin("eslint"), ["--max-warnings=0", "."])])));
tallies.push(await vitest("unit"));
tallies.push(await vitest("integration"));
tallies.push(await e2e());

console.log("\n[test] summary");
for (const t of tallies) {
  console.log(`  ${t.step.padEnd(12)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed  ${t.seconds.toFixed(1)} s`);
}
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`  total time ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
