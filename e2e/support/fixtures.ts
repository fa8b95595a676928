// Page tests start signed in as a demo role (states made in global-setup) and can run axe.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { AppRole } from "../../lib/people/roles.ts";
import { storageStatePath } from "./paths.ts";

export function signedInAs(role: AppRole) {
  return { storageState: storageStatePath(role) };
}

/** Serious or critical accessibility violations on the page as it is now. */
export async function seriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

export const test = base;
export { expect };
