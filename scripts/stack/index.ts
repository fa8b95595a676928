// The local stack in one call: Postgres, migrations + seed, PostgREST, gateway. Stopped in the
// reverse order (PostgREST before Postgres) so nothing is left running.
import type { ChildProcess } from "node:child_process";
import type http from "node:http";
import { rmSync } from "node:fs";
import { stackEnv, type StackConfig, type StackEnv } from "./config.ts";
import { ensureCluster, startPostgres, stopPostgres } from "./postgres.ts";
import { startPostgrest, stopPostgrest } from "./postgrest.ts";
import { startGateway, stopGateway } from "./gateway.ts";
import { migrate } from "./migrate.ts";

export interface Stack {
  cfg: StackConfig;
  env: StackEnv;
  /** Stop only PostgREST (health tests) or only Postgres; `stop` stops what is left. */
  stopPostgrest(): Promise<void>;
  stopPostgres(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Wipe the data dir first (tests always start from a fresh, seeded database). */
  fresh?: boolean;
  seed?: boolean;
  log?: (m: string) => void;
}

export async function startStack(cfg: StackConfig, opts: StartOptions = {}): Promise<Stack> {
  const log = opts.log ?? ((m: string) => console.log(`[stack:${cfg.name}] ${m}`));
  if (opts.fresh) rmSync(cfg.dir, { recursive: true, force: true });
  let pgProc: ChildProcess | undefined;
  let restProc: ChildProcess | undefined;
  let gateway: http.Server | undefined;
  const stop = async () => {
    await stopGateway(gateway);
    gateway = undefined;
    await stopPostgrest(restProc);
    await stopPostgres(pgProc);
  };
  try {
    await ensureCluster(cfg, log);
    pgProc = await startPostgres(cfg, log);
    await migrate(cfg, log, { seed: opts.seed ?? true });
    restProc = await startPostgrest(cfg, log);
    gateway = await startGateway(cfg, log);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    cfg,
    env: stackEnv(cfg),
    stopPostgrest: () => stopPostgrest(restProc),
    stopPostgres: () => stopPostgres(pgProc),
    stop,
  };
}
