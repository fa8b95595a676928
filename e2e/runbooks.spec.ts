// Runbooks: find the right one fast, read it calmly, copy its commands.
import { test, expect, signedInAs } from "./support/fixtures";

test.use(signedInAs("responder"));

test("search finds runbooks by words in their body and highlights the matches", async ({ page }) => {
  await page.goto("/runbooks");
  await page.getByRole("searchbox", { name: "Search" }).fill("pooler");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=pooler/);
  const results = page.getByRole("heading", { name: /runbooks? found/ });
  await expect(results).toBeVisible();
  await expect(page.locator("mark").first()).toHaveText(/pooler/i);
});

test("a search with no match says so and how to widen it", async ({ page }) => {
  await page.goto("/runbooks?q=zebra+unicorn");
  await expect(page.getByRole("heading", { name: "No runbook matches" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("zebra unicorn");
});

test("filters by service and severity are kept in the URL and narrow the list", async ({ page }) => {
  await page.goto("/runbooks");
  await page.getByLabel("Service").selectOption("auth");
  await page.getByLabel("Severity").selectOption("P0");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/service=auth/);
  await expect(page).toHaveURL(/severity=P0/);
  const list = page.getByRole("region", { name: /runbooks? found/ }).getByRole("listitem");
  await expect(list.filter({ hasText: "Authentication outage" })).toHaveCount(1);
  await expect(list.filter({ hasText: "Performance degradation" })).toHaveCount(0);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.getByRole("heading", { name: /All runbooks/ })).toBeVisible();
});

test("overdue reviews are flagged and listed per owner", async ({ page }) => {
  await page.goto("/runbooks");
  const overdue = page.getByRole("region", { name: "Reviews overdue, by owner" });
  await expect(overdue).toContainText("Web team");
  await expect(overdue.getByRole("link", { name: "Performance degradation" })).toBeVisible();
  await expect(page.getByText("Review overdue").first()).toBeVisible();
});

test("a runbook shows its owner, a table of contents, callouts and code with a copy button", async ({ page }) => {
  await page.goto("/runbooks/database-supabase-outage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Database or Supabase outage");
  await expect(page.getByText("Owner: Platform team")).toBeVisible();
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Procedure" }).click();
  await expect(page).toHaveURL(/#procedure$/);
  await expect(page.getByRole("note").first()).toBeVisible();
  // Match the label before and after, so the locator keeps pointing at the same button.
  const copy = page.getByRole("button", { name: /^Cop(y|ied) code$/ }).first();
  await copy.click();
  await expect(copy).toContainText("Copied");
  // Links between runbooks go to app pages.
  const related = page.getByRole("link", { name: /Authentication outage|Incident response process|High error rate/ }).first();
  await expect(related).toHaveAttribute("href", /^\/runbooks\/[a-z-]+/);
});

test("an unknown runbook shows the calm not-found page", async ({ page }) => {
  // The status is 200, not 404: the app's loading skeleton starts the streamed response before
  // the page finds out the runbook does not exist (a known App Router trade-off).
  await page.goto("/runbooks/no-such-runbook");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a runbook shows who to call for its services, level by level, from the escalation policies", async ({ page }) => {
  await page.goto("/runbooks/database-supabase-outage");
  const who = page.getByRole("region", { name: "Who to call" });
  await expect(who).toContainText("Database");
  const levels = who.getByRole("listitem");
  await expect(levels.first()).toContainText("primary on call");
  await expect(who).toContainText("Engineering leadership (group)");
  await expect(who.getByRole("link", { name: "Escalation matrix" })).toHaveAttribute("href", "/escalation");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the table of contents sits folded above the text and opens to jump to a section", async ({ page }) => {
    await page.goto("/runbooks/database-supabase-outage");
    const toc = page.getByText("On this page", { exact: true }).filter({ visible: true });
    const overview = page.getByRole("heading", { level: 2, name: "Overview" });
    expect((await toc.boundingBox())!.y).toBeLessThan((await overview.boundingBox())!.y);
    await toc.click();
    await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Rollback" }).click();
    await expect(page).toHaveURL(/#rollback$/);
  });
});
