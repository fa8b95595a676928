// `npm start` (production build) and `npm run dev` (hot reload): the local Supabase stack unless
// SUPABASE_URL points elsewhere, then the app on PORT (default 3000).
import { stackConfig } from "./stack/config.ts";
import { startStack, type Stack } from "./stack/index.ts";
import { appEnv, wantsLocalStack } from "./lib/app-env.ts";
import { ensureBuild } from "./lib/build.ts";
import { startNext, type NextServer } from "./lib/next-server.ts";
import { onShutdown } from "./lib/shutdown.ts";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "../lib/auth/demo.ts";

const t0 = Date.now();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const log = (m: string) => console.log(`[beacon] ${m}`);

let stack: Stack | undefined;
let app: NextServer | undefined;
let stopping = false;
onShutdown(async () => {
  stopping = true;
  await app?.stop();
  await stack?.stop();
});

try {
  if (wantsLocalStack()) {
    stack = await startStack(stackConfig("local"));
    log(`local Supabase stack ready: API ${stack.env.SUPABASE_URL}, database ${stack.env.DATABASE_URL}`);
  } else {
    log(`using the Supabase project at ${process.env.SUPABASE_URL}`);
  }
  const env = appEnv({ port, stack: stack?.env, nodeEnv: dev ? "development" : "production" });
  if (!dev) await ensureBuild(".next", env, log);
  app = await startNext({ mode: dev ? "dev" : "start", port, env, log });
  app.proc.on("exit", async (code) => {
    if (stopping) return;
    log(`the app stopped (exit ${code}); stopping the stack`);
    await stack?.stop();
    process.exit(code ?? 1);
  });
  const lines = [
    "",
    `  Beacon is running at ${app.url}   (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s${dev ? ", hot reload on" : ""})`,
  ];
  if (stack) {
    lines.push("", `  Demo sign-ins (password: ${DEMO_PASSWORD})`);
    for (const d of DEMO_SIGN_INS) lines.push(`    ${d.role.padEnd(10)} ${d.email}  (${d.name})`);
  }
  lines.push("", "  Ctrl-C stops the app and the local stack.", "");
  console.log(lines.join("\n"));
} catch (e) {
  console.error(`[beacon] ${(e as Error).message}`);
  await app?.stop();
  await stack?.stop();
  process.exit(1);
}
