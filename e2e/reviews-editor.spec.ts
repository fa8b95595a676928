// The guided review editor at /reviews/INC-n: the whole flow from a resolved incident to a
// published, read-only review; and "never lose words" — a reload mid-sentence, typing offline,
// and two people in the same section. Incidents are made resolved through PostgREST as a real
// person (the same door the app uses); everything after that is done in the browser.
import type { Browser, Page } from "@playwright/test";
import { test, expect, signedInAs, seriousA11yViolations } from "./support/fixtures";
import { randomWord } from "./support/incidents";
import { stackConfig, stackEnv } from "../scripts/stack/config.ts";
import { mintPostgrestToken } from "../lib/auth/jwt.ts";

const env = stackEnv(stackConfig("e2e"));

async function rest<T>(path: string, body: unknown, method = "POST"): Promise<T> {
  const { token } = await mintPostgrestToken({ personId: "demo-marcus", role: "responder" }, env.SUPABASE_JWT_SECRET);
  const res = await fetch(`${env.SUPABASE_URL}/rest/v1/${path}`, {
    method,
    headers: {
      apikey: env.SUPABASE_ANON_KEY,
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      prefer: "return=representation",
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A resolved incident of its own; its review not started. */
async function resolvedIncident(what: string, severity = "P3"): Promise<{ id: string; number: number; path: string }> {
  const [incident] = await rest<{ id: string; number: number }[]>("incidents?select=id,number", {
    title: `E2E review ${what} ${randomWord(8)}`,
    severity,
  });
  await rest(`incidents?id=eq.${incident.id}`, { status: "resolved" }, "PATCH");
  return { ...incident, path: `/reviews/INC-${incident.number}` };
}

/** A resolved incident whose review is started (through the page's button). */
async function startedReview(page: Page, what: string) {
  const incident = await resolvedIncident(what);
  await page.goto(incident.path);
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
  return incident;
}

const status = (page: Page) => page.getByTestId("save-status");
// By role: the step's own region is labelled "Summary" too.
const summaryBox = (page: Page) => page.getByRole("textbox", { name: "Summary", exact: true });
const steps = (page: Page) => page.getByRole("navigation", { name: "Review steps" });
const goTo = (page: Page, step: string) => steps(page).getByRole("link", { name: new RegExp(`^${step}`) }).click();

test.use(signedInAs("responder"));

test("a resolved incident's review, step by step, from start to a published read-only review", async ({ page }) => {
  test.setTimeout(90_000);
  const incident = await resolvedIncident("flow");
  await page.goto(incident.path);
  await expect(page.getByText("Nobody has started the review of this incident yet.")).toBeVisible();
  await page.getByRole("button", { name: "Start the review" }).click();

  // Summary, with its guidance.
  await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
  await expect(page.getByText("Three sentences anyone in the company can follow")).toBeVisible();
  await summaryBox(page).fill("Checkout failed for EU customers after a config push; an alert caught it and a rollback fixed it.");
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/);

  // Publish first: the missing list names what each step still needs, each a link to the step.
  await goTo(page, "Review & publish");
  await expect(page).toHaveURL(/\?step=publish$/);
  const missing = page.getByTestId("missing");
  await expect(missing).toContainText("Impact: Describe the customer impact");
  await expect(missing).toContainText("Root cause: Name the trigger");
  await expect(missing).not.toContainText("Write a summary");
  await missing.getByRole("link", { name: "Impact: Describe the customer impact" }).click();
  await expect(page).toHaveURL(/\?step=impact$/);

  // Timeline: pre-filled from the incident, times in its zone with UTC beside; one added.
  await goTo(page, "Timeline");
  const entries = page.getByTestId("timeline-entry");
  await expect(entries.first()).toContainText("Impact started");
  await expect(entries.first()).toContainText("UTC");
  const before = await entries.count();
  await page.getByRole("button", { name: "Add an entry" }).click();
  await expect(entries).toHaveCount(before + 1);
  await page.getByLabel(`What happened (entry ${before + 1})`).fill("Config rolled back");

  // Impact: durations computed, never typed; the severity changed on the incident itself.
  await goTo(page, "Impact");
  await expect(page.getByTestId("durations")).toContainText("Total duration");
  await expect(page.getByTestId("durations").locator("input")).toHaveCount(0);
  await page.getByLabel("Customer impact").fill("EU shoppers could not pay for 20 minutes.");
  await page.getByLabel("How many").fill("8%");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("radio", { name: /^P2 / }).check();
  await page.getByRole("button", { name: "Change the incident to P2" }).click();
  await expect(page.getByTestId("severity-state")).toContainText("P2");
  await expect(page.getByTestId("severity-state")).toContainText("Severity confirmed.");

  // Root cause with a contributing factor and a why.
  await goTo(page, "Root cause");
  await page.getByLabel("Trigger").fill("A config push with a typo in the EU region");
  await page.getByLabel("Root causes").fill("Config is not validated before it is pushed.");
  await page.getByRole("button", { name: "Add a contributing factor" }).click();
  await page.getByLabel("Factor 1", { exact: true }).fill("No canary for config changes");
  await page.getByLabel("Category of factor 1", { exact: true }).selectOption("deployment");
  await page.getByRole("button", { name: "Ask why" }).click();
  await page.getByLabel("Why? (1)", { exact: true }).fill("Because the push skipped the schema check");
  await page.getByLabel("How was it detected?").fill("The checkout error-rate alert");

  // Action items: one with an owner and a due date.
  await goTo(page, "Action items");
  const add = page.getByRole("form", { name: "Add an action item" });
  await add.getByLabel("What will be done").fill("Validate config in CI");
  await add.getByLabel("Owner").selectOption({ label: "Marcus Chen" });
  await add.getByLabel("Due date").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await add.getByRole("button", { name: "Add action item" }).click();
  await expect(page.getByTestId("action-item")).toHaveCount(1);

  await goTo(page, "Lessons learned");
  await page.getByLabel("What went well").fill("The alert fired within two minutes.");
  await page.getByLabel("What went wrong").fill("The rollback runbook was out of date.");

  // Nothing missing now; submit, then publish.
  await goTo(page, "Review & publish");
  await expect(page.getByText("Nothing is missing: this review can be published.")).toBeVisible();
  await expect(page.getByTestId("missing")).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("review-state")).toHaveText("In review");
  await page.getByRole("button", { name: "Publish" }).click();

  // Read-only, every section there, exports linked, item status still changeable.
  await expect(page.getByRole("link", { name: "Download markdown" })).toHaveAttribute("href", `/reviews/INC-${incident.number}/export`);
  await expect(page.getByRole("link", { name: "Print" })).toHaveAttribute("href", `/reviews/INC-${incident.number}/print`);
  await expect(page.locator("main textarea")).toHaveCount(0);
  await expect(page.getByText("EU shoppers could not pay for 20 minutes.")).toBeVisible();
  await expect(page.getByText("Config rolled back")).toBeVisible();
  await expect(page.getByText("No canary for config changes")).toBeVisible();
  await expect(page.getByText("The rollback runbook was out of date.")).toBeVisible();
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByLabel("Status of “Validate config in CI”").selectOption("done"),
  ]);
  await page.reload();
  await expect(page.getByLabel("Status of “Validate config in CI”")).toHaveValue("done");
});

test("a reload mid-sentence loses nothing, and the words reach the server", async ({ page }) => {
  await startedReview(page, "reload");
  // Leaving with a save pending asks first; the test says "leave".
  const asked: string[] = [];
  page.on("dialog", (d) => {
    asked.push(d.type());
    void d.accept();
  });
  const words = `Half a sentence about ${randomWord(6)}`;
  await summaryBox(page).fill(words);
  await page.reload(); // at once: no time for the debounced save
  expect(asked).toEqual(["beforeunload"]);
  await expect(summaryBox(page)).toHaveValue(words);
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/);
  // From the server alone now.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(summaryBox(page)).toHaveValue(words);
});

test("typed offline, kept on this device, saved when the connection returns", async ({ page, context }) => {
  const incident = await startedReview(page, "offline");
  await page.goto(`${incident.path}?step=lessons`);
  await expect(page.getByRole("heading", { level: 2, name: "Lessons learned" })).toBeVisible();
  await context.setOffline(true);
  const words = `Typed on a train ${randomWord(6)}`;
  await page.getByLabel("Where we got lucky").fill(words);
  await expect(status(page)).toHaveText("Offline — kept on this device");
  await context.setOffline(false);
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel("Where we got lucky")).toHaveValue(words);
});

async function secondPerson(browser: Browser, path: string) {
  const context = await browser.newContext({ ...signedInAs("lead"), baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept()); // "leave anyway" when reloading with words unsaved
  await page.goto(path);
  return { context, page };
}

test("two people in the same section: the second is told and shown both, nothing is overwritten", async ({ page, browser }) => {
  const incident = await startedReview(page, "together");
  const liam = await secondPerson(browser, incident.path);
  try {
    await expect(summaryBox(liam.page)).toHaveValue("");
    const mine = `Marcus wrote this ${randomWord(6)}`;
    await summaryBox(page).fill(mine);
    await expect(status(page)).toHaveText(/^Saved/);

    const theirs = `Liam wrote this ${randomWord(6)}`;
    await summaryBox(liam.page).fill(theirs);
    const conflict = liam.page.getByRole("alert").filter({ hasText: "Changed by Marcus Chen" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId("conflict-theirs")).toHaveText(mine);
    await expect(conflict.getByTestId("conflict-mine")).toHaveText(theirs);
    await expect(status(liam.page)).toContainText("Marcus Chen changed the same section");

    // Marcus's words are still the server's.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(summaryBox(page)).toHaveValue(mine);

    // Liam's words survive his reload too (kept on his device, still in conflict).
    await liam.page.reload();
    await expect(liam.page.getByRole("alert").filter({ hasText: "Changed by Marcus Chen" })).toBeVisible();
    await expect(summaryBox(liam.page)).toHaveValue(theirs);

    // He chooses his: saved over Marcus's version, knowingly.
    await liam.page.getByRole("button", { name: "Keep mine" }).click();
    await expect(status(liam.page)).toHaveText(/^Saved/);
    await page.reload();
    await expect(summaryBox(page)).toHaveValue(theirs);
  } finally {
    await liam.context.close();
  }
});

test("the Impact step has no serious accessibility problems", async ({ page }) => {
  const incident = await startedReview(page, "a11y");
  await page.goto(`${incident.path}?step=impact`);
  await expect(page.getByRole("heading", { level: 2, name: "Impact" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
