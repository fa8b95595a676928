// The People page: everyone's contacts for everyone; role changes for admins only.
import { test, expect, signedInAs } from "./support/fixtures";
import { SPARE_ACCOUNTS } from "./support/accounts";
import type { AppRole } from "../lib/people/roles.ts";
import type { Page } from "@playwright/test";

function peopleTable(page: Page) {
  return page.getByRole("table", { name: /People, their contacts/ }).filter({ visible: true });
}

function rowOf(page: Page, name: string) {
  return peopleTable(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
}

for (const role of ["responder", "lead", "admin"] as AppRole[]) {
  test.describe(`as ${role === "admin" ? "an" : "a"} ${role}`, () => {
    test.use(signedInAs(role));
    test("the People page lists everyone with email and phone links", async ({ page }) => {
      await page.goto("/people");
      await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
      // At least the twelve seeded people (other tests may add more).
      await expect(rowOf(page, "Aisha Bello")).toBeVisible();
      expect(await peopleTable(page).getByRole("rowheader").count()).toBeGreaterThanOrEqual(12);
      const liam = rowOf(page, "Liam O'Brien");
      await expect(liam.getByRole("link", { name: "liam@example.com" })).toHaveAttribute("href", "mailto:liam@example.com");
      await expect(liam.getByRole("link", { name: "+44 20 7946 0102" })).toHaveAttribute("href", "tel:+442079460102");
      await expect(liam).toContainText("Chat: @liam");
      await expect(liam).toContainText("Europe/London");
    });
  });
}

test.describe("as a responder", () => {
  test.use(signedInAs("responder"));
  test("roles are shown as text, with no controls to change them", async ({ page }) => {
    await page.goto("/people");
    await expect(rowOf(page, "Ana Souza")).toContainText("Admin");
    await expect(rowOf(page, "Liam O'Brien")).toContainText("Lead");
    await expect(rowOf(page, "Marcus Chen")).toContainText("(you)");
    await expect(peopleTable(page).getByRole("combobox")).toHaveCount(0);
    await expect(peopleTable(page).getByRole("button")).toHaveCount(0);
  });
});

test.describe("on a phone, as a responder", () => {
  test.use({ ...signedInAs("responder"), viewport: { width: 390, height: 844 } });
  test("phone and email links are at least 24 px tall, big enough to tap", async ({ page }) => {
    await page.goto("/people");
    const links = peopleTable(page).locator('a[href^="tel:"], a[href^="mailto:"]');
    expect(await links.count()).toBeGreaterThanOrEqual(24);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(24);
    }
  });
});

test.describe("as an admin", () => {
  test.use(signedInAs("admin"));
  test("changing a person's role says “Saved” and the new role survives a reload", async ({ page }) => {
    const { name } = SPARE_ACCOUNTS.roleFlip;
    const select = () => rowOf(page, name).getByRole("combobox", { name: `Role of ${name}` });
    const save = () => rowOf(page, name).getByRole("button", { name: `Save role of ${name}` });
    await page.goto("/people");
    await expect(select()).toHaveValue("responder");
    await expect(save()).toBeDisabled(); // nothing to save until the role changes
    try {
      await select().selectOption({ label: "Lead" });
      await save().click();
      await expect(rowOf(page, name).getByRole("status")).toHaveText("Saved");
      await page.reload();
      await expect(select()).toHaveValue("lead");
    } finally {
      await page.goto("/people");
      if ((await select().inputValue()) !== "responder") {
        await select().selectOption({ label: "Responder" });
        await save().click();
        await expect(rowOf(page, name).getByRole("status")).toHaveText("Saved");
      }
    }
    await page.reload();
    await expect(select()).toHaveValue("responder");
  });
});
