// One fresh, seeded local stack for all integration tests, on ports of its own (never the demo
// database `npm start` uses). Tests reach it through the env this provides.
import type { TestProject } from "vitest/node";
import { stackConfig } from "../../scripts/stack/config.ts";
import { startStack } from "../../scripts/stack/index.ts";

declare module "vitest" {
  export interface ProvidedContext {
    stack: { SUPABASE_URL: string; SUPABASE_ANON_KEY: string; SUPABASE_JWT_SECRET: string; DATABASE_URL: string; REST_URL: string };
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack(stackConfig("test"), { fresh: true, log: () => {} });
  project.provide("stack", { ...stack.env, REST_URL: `http://127.0.0.1:${stack.cfg.restPort}` });
  return async () => {
    await stack.stop();
  };
}
