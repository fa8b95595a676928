// The browser tests' world: a fresh seeded stack on its own ports, a production build in its
// own folder (.next-test), `next start` on E2E_PORT, and one signed-in browser state per demo
// role so tests start signed in without spending the sign-in rate limit.
import { chromium, type FullConfig } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { stackConfig } from "../scripts/stack/config.ts";
import { startStack } from "../scripts/stack/index.ts";
import { appEnv } from "../scripts/lib/app-env.ts";
import { ensureBuild } from "../scripts/lib/build.ts";
import { startNext } from "../scripts/lib/next-server.ts";
import { CHROMIUM_ARGS } from "../scripts/lib/chromium.ts";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "../lib/auth/demo.ts";
import { E2E_DIST_DIR, storageStatePath } from "./support/paths.ts";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  const port = Number(new URL(baseURL).port);
  const log = (m: string) => console.log(`[e2e] ${m}`);
  const stack = await startStack(stackConfig("e2e"), { fresh: true, log: () => {} });
  const env = appEnv({ port, stack: stack.env, nodeEnv: "production" });
  // A higher sign-in allowance than production's default: the suite signs in many times from
  // one address. The rate-limit test still drives it to 429.
  env.BEACON_SIGN_IN_PER_MINUTE = "30";
  let app;
  try {
    await ensureBuild(E2E_DIST_DIR, env, log);
    app = await startNext({ mode: "start", port, env, distDir: E2E_DIST_DIR, quiet: true, log });
    await signInEachRole(baseURL);
  } catch (e) {
    await app?.stop();
    await stack.stop();
    throw e;
  }
  return async () => {
    await app?.stop();
    await stack.stop();
  };
}

async function signInEachRole(baseURL: string) {
  mkdirSync(path.dirname(storageStatePath("responder")), { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    for (const d of DEMO_SIGN_INS) {
      const context = await browser.newContext({ baseURL });
      const res = await context.request.post("/api/auth/sign-in/email", {
        data: { email: d.email, password: DEMO_PASSWORD },
        headers: { origin: baseURL },
      });
      if (!res.ok()) throw new Error(`sign-in as ${d.email} failed: ${res.status()} ${await res.text()}`);
      await context.storageState({ path: storageStatePath(d.role) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
