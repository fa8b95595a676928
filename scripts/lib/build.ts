// Builds the app only when its sources changed since the last build in that folder, so
// `npm start` after a fresh clone builds once and starts in under a second after that.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../stack/config.ts";

const INPUTS = ["app", "components", "lib", "content", "public", "next.config.ts", "package.json",
  "package-lock.json", "tsconfig.json", "postcss.config.mjs", "instrumentation.ts"];

function sourceHash(): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    } else {
      h.update(path.relative(REPO_ROOT, p)).update(readFileSync(p));
    }
  };
  for (const i of INPUTS) walk(path.join(REPO_ROOT, i));
  return h.digest("hex");
}

export const nextBin = path.join(REPO_ROOT, "node_modules", ".bin", "next");

export async function ensureBuild(distDir: string, env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  const stamp = path.join(REPO_ROOT, distDir, "beacon-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(REPO_ROOT, distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log(`building the app into ${distDir}/ (first start or sources changed; about 30 s)…`);
  const t0 = Date.now();
  await new Promise<void>((resolve, reject) => {
    const p = spawn(nextBin, ["build"], {
      cwd: REPO_ROOT,
      env: { ...env, BEACON_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    p.on("error", reject);
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  writeFileSync(stamp, hash);
  log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
