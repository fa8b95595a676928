import type { AppRole } from "../../lib/people/roles.ts";

export const E2E_DIST_DIR = ".next-test";
export const storageStatePath = (role: AppRole) => `.data/e2e-auth/${role}.json`;
