// Page tests start signed in as a demo role (states made in global-setup) and can run axe.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { AppRole } from "../../lib/people/roles.ts";
import { storageStatePath } from "./paths.ts";

export function signedInAs(role: AppRole) {
  return { storageState: storageStatePath(role) };
}

/** Serious or critical accessibility violations on the page as it is now (only these rules, if given). */
export async function seriousA11yViolations(page: Page, rules?: string[]) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

export const test = base;
export { expect };

/**
 * Every axe rule in the light scheme, then in dark only what a scheme can change (contrast): the
 * rest (names, roles, structure) is the same markup, and running all of it twice cost minutes.
 */
export async function expectNoSeriousViolationsInBothSchemes(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  expect(await seriousA11yViolations(page), "light scheme").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousA11yViolations(page, ["color-contrast", "link-in-text-block"]), "dark scheme").toEqual([]);
}
