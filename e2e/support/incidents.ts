// Incidents for browser tests: each test declares its own, with a title nobody else uses, so
// tests running side by side (and the seeded INC-1..4) never get in each other's way.
import { expect, type Page } from "@playwright/test";

/** A few random lowercase letters: a word no seed or other test will contain. */
export function randomWord(length = 10): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/** "E2E <what> <random>": unique per call, recognisable in the list when a test fails. */
export function uniqueTitle(what: string): string {
  return `E2E ${what} ${randomWord(8)}`;
}

/** The declare dialog (opened by the header button or Alt+Shift+D). */
export function declareDialog(page: Page) {
  return page.getByRole("dialog", { name: "Declare an incident" });
}

export interface Declared {
  /** "/incidents/INC-42" */
  path: string;
  number: number;
}

/**
 * Declares an incident through the header's dialog from the page the browser is on (or
 * /incidents when it is on none) and waits for the incident page. Severity is P0..P3;
 * services are names ("API", "Auth").
 */
export async function declareIncident(
  page: Page,
  { title, severity = "P3", services = [] }: { title: string; severity?: string; services?: string[] },
): Promise<Declared> {
  if (page.url() === "about:blank") await page.goto("/incidents");
  await page.getByRole("button", { name: /Declare/ }).first().click();
  const dialog = declareDialog(page);
  await dialog.getByLabel("What is happening?").fill(title);
  await dialog.getByRole("radio", { name: new RegExp(`^${severity} `) }).check();
  for (const s of services) await dialog.getByRole("checkbox", { name: s, exact: true }).check();
  await dialog.getByRole("button", { name: "Declare incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/INC-\d+$/, { timeout: 15_000 });
  await expect(incidentHeading(page)).toHaveText(title);
  const number = Number(/INC-(\d+)$/.exec(page.url())![1]);
  return { path: `/incidents/INC-${number}`, number };
}

/** The incident page's h1 (its title). */
export function incidentHeading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

/** The badges row at the top of an incident page: "INC-7 P2 Medium Investigating". */
export function incidentBadges(page: Page) {
  return page.locator("main header > div").first();
}

export function timeline(page: Page) {
  return page.getByRole("region", { name: "Timeline" });
}

/** Timeline entries of one kind (declared, status, note, stakeholder_update, key_time, …). */
export function timelineEntries(page: Page, kind: string) {
  return timeline(page).locator(`li[data-event-kind="${kind}"]`);
}

/** The value shown next to a key time's label ("Mitigated", "Resolved", …); "—" when unset. */
export function keyTime(page: Page, label: string) {
  return page
    .getByRole("region", { name: "Key times" })
    .locator("dt", { hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** Waits until this tab's live feed is connected, so changes made elsewhere from now on arrive. */
export async function waitForLive(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 10_000 });
}

/** Posts a note through the composer and waits for it to be on the timeline. */
export async function postNote(page: Page, body: string) {
  const before = await timelineEntries(page, "note").count();
  await page.getByLabel("Add a note").fill(body);
  await page.getByRole("button", { name: "Post note" }).click();
  await expect(timelineEntries(page, "note")).toHaveCount(before + 1);
  await expect(page.getByLabel("Add a note")).toHaveValue("");
}
