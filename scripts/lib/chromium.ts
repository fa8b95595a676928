// Which Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own download; failing all three, install Debian's package when we are root and
// apt is there, or stop with a message saying how to get one.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function playwrightsOwn(): string | null {
  try {
    const out = execFileSync(process.execPath, ["-e", "console.log(require('playwright-core').chromium.executablePath())"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

export function findChromium(log: (m: string) => void): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = playwrightsOwn();
  if (own) return own;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (process.getuid?.() === 0 && hasApt) {
    log("no Chromium found: installing Debian's chromium package (about 30 s)…");
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], {
      stdio: "inherit",
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; " +
      "elsewhere `npx playwright install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
}

/** Flags for headless Chromium on a locked-down machine (root, no network beyond loopback). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
