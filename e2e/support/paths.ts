import type { AppRole } from "../../lib/people/roles.ts";

// BEACON_STACK_OFFSET (see scripts/stack/config.ts) also gives a side-by-side run its own build
// and sign-ins; set E2E_PORT as well.
const offset = Number(process.env.BEACON_STACK_OFFSET || 0);
const suffix = offset ? `-${offset}` : "";

export const E2E_DIST_DIR = `.next-test${suffix}`;
export const storageStatePath = (role: AppRole) => `.data/e2e-auth${suffix}/${role}.json`;
