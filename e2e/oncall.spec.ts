// On call, read side: who is on call now (home and /oncall), a rotation's four weeks, and the
// escalation matrix resolved to people. Nothing here can be edited yet.
import { test, expect, signedInAs } from "./support/fixtures";
import type { Page } from "@playwright/test";

const ROTATIONS = ["API primary", "Database", "Follow the sun"];
const SERVICES = ["API", "Auth", "Database", "Web"];

async function expectNoEditControls(page: Page) {
  await expect(page.getByRole("main").getByRole("button", { name: /edit|add|save|delete|remove/i })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
}

test.describe("as a responder", () => {
  test.use(signedInAs("responder"));

  test("home shows who is on call now for every rotation, with a number to call and when they hand over", async ({ page }) => {
    await page.goto("/");
    const now = page.getByRole("region", { name: "On call now" });
    await expect(now).toBeVisible();
    for (const name of ROTATIONS) await expect(now.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(now.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(now).toContainText(/hands over in .+ your time/);
    await expectNoEditControls(page);
  });

  test("the On call page lists the three demo rotations, each with someone on call, and my shifts", async ({ page }) => {
    await page.goto("/oncall");
    const table = page.getByRole("table", { name: /Rotations/ });
    for (const name of ROTATIONS) {
      const row = table.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row.locator('a[href^="tel:"], a[href^="mailto:"]').first()).toBeVisible();
      await expect(row).not.toContainText("Nobody");
    }
    await expect(page.getByRole("region", { name: "My shifts" })).toBeVisible();
    await expectNoEditControls(page);
  });

  test("a rotation page shows its participants, readiness, the handoff note and a four-week calendar with reasons", async ({ page }) => {
    await page.goto("/oncall");
    await page.getByRole("main").getByRole("link", { name: "API primary", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API primary");
    const participants = page.getByRole("region", { name: "Participants, in order" });
    await expect(participants.getByRole("listitem").filter({ hasText: "Diego" }).first()).toContainText("Checklist incomplete");
    const calendar = page.getByRole("region", { name: "Next four weeks" });
    await expect(calendar.getByRole("heading", { level: 3 })).toHaveCount(28);
    // Every block says who and why; the seed's rotation started two days ago, so Marcus is on call
    // this week and tomorrow's override (Noah covering him) is in the calendar.
    await expect(calendar.getByText(/\(rotation\)/).first()).toBeVisible();
    await expect(calendar.getByText(/covering for Marcus/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Recent changes" })).toBeVisible();
    // A responder changes nothing about the rotation; they may only put themself on call.
    await expect(page.getByRole("link", { name: "Edit rotation" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Add an override" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Put yourself on call" })).toBeVisible();
    const overrides = page.getByRole("region", { name: "Overrides and swaps" });
    await expect(overrides.getByText("Noah Williams covers Marcus Chen")).toBeVisible();
    await expect(overrides.getByRole("button", { name: /^Remove/ })).toHaveCount(0); // Hannah made it, not Marcus
  });

  test("the escalation matrix shows every service, level 1 resolving to a person with contacts", async ({ page }) => {
    await page.goto("/escalation");
    const table = page.getByRole("table", { name: /Escalation matrix/ });
    for (const service of SERVICES) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${service}\\b`) }) });
      const level1 = row.getByRole("cell").first();
      await expect(level1).toContainText("primary on call");
      await expect(level1).toContainText("→");
      await expect(level1.getByRole("link", { name: /^Email / })).toBeVisible();
    }
    await expect(table).toContainText("Engineering leadership (group)");
    await expectNoEditControls(page);
  });
});
