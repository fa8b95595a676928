// `npm run db:reset`: wipe the local database, re-apply every migration and the demo data.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { stackConfig } from "./stack/config.ts";
import { startStack } from "./stack/index.ts";
import { pgDataDir } from "./stack/postgres.ts";
import { isAlive } from "./stack/procs.ts";

const cfg = stackConfig("local");
const lock = path.join(pgDataDir(cfg), "postmaster.pid");
if (existsSync(lock)) {
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  if (pid && isAlive(pid)) {
    console.error(`[beacon] the local database is in use (Postgres pid ${pid}). Stop \`npm start\` / \`npm run dev\` first, then run db:reset again.`);
    process.exit(1);
  }
}
const stack = await startStack(cfg, { fresh: true });
await stack.stop();
console.log("[beacon] local database wiped and re-created with the demo data.");
