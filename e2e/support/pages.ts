import type { Page } from "@playwright/test";

/**
 * Every page behind sign-in, with its main heading: what a11y and screenshot specs walk. A page
 * whose address is not known in advance (a rotation's id is made by the seed) is reached by
 * opening `path` and following the link named `follow` (openAppPage).
 */
export const APP_PAGES = [
  { name: "home", path: "/", h1: /^Hello, / },
  { name: "incidents", path: "/incidents", h1: "Incidents" },
  // Seeded; no test changes it (incident tests declare their own).
  { name: "incident", path: "/incidents/INC-1", h1: "Checkout API returning 502s for some EU customers" },
  { name: "oncall", path: "/oncall", h1: "On call" },
  // Seeded; no test changes it. The API rotation has an override (Noah covers Marcus tomorrow).
  { name: "rotation", path: "/oncall", follow: "API primary", h1: "API primary" },
  { name: "escalation", path: "/escalation", h1: "Escalation" },
  { name: "runbooks", path: "/runbooks", h1: "Runbooks" },
  { name: "runbook", path: "/runbooks/database-supabase-outage", h1: "Database or Supabase outage" },
  { name: "reviews", path: "/reviews", h1: "Reviews" },
  { name: "profile", path: "/profile", h1: "Your profile" },
  { name: "people", path: "/people", h1: "People" },
] as const;

/** Opens one of APP_PAGES (following its link when it has no fixed address). */
export async function openAppPage(page: Page, p: (typeof APP_PAGES)[number]) {
  await page.goto(p.path);
  if ("follow" in p) {
    await page.getByRole("main").getByRole("link", { name: p.follow, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname !== p.path);
  }
}

/** How tests name a page: its address, or "/oncall → API primary". */
export function appPageLabel(p: (typeof APP_PAGES)[number]): string {
  return "follow" in p ? `${p.path} → ${p.follow}` : p.path;
}

/**
 * Waits until React has hydrated the page (app/providers.tsx marks <html>). Choosing in a
 * controlled select before that is undone by hydration, so a slow machine loses the choice.
 */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
