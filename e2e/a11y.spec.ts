// Accessibility: axe finds no serious or critical problems in the sign-in page, menus, dialogs and
// open forms, in light or dark (every page as loaded: screens.spec), and the shell works from the
// keyboard and at phone width.
import { test, expect, signedInAs, expectNoSeriousViolationsInBothSchemes } from "./support/fixtures";


test("the sign-in page has no serious or critical axe violations, light or dark", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Beacon" })).toBeVisible();
  await expectNoSeriousViolationsInBothSchemes(page);
  // With the field errors showing too.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousViolationsInBothSchemes(page);
});

test.describe("signed in as an admin (every control present)", () => {
  test.use(signedInAs("admin"));

  // Every page in APP_PAGES is checked by screens.spec (one load per page for axe and screen fit).

  test("the account menu, open, has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /account menu/i }).click();
    await expect(page.getByRole("link", { name: "Your profile" })).toBeVisible();
    await expectNoSeriousViolationsInBothSchemes(page);
  });

  test("the declare-incident dialog, open and with its field errors, has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByRole("button", { name: /Declare/ }).first().click();
    const dialog = page.getByRole("dialog", { name: "Declare an incident" });
    await expect(dialog.getByRole("radio", { name: /^P0 / })).toBeVisible();
    await expectNoSeriousViolationsInBothSchemes(page);
    await dialog.getByRole("button", { name: "Declare incident" }).click();
    await expect(dialog.getByLabel("What is happening?")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousViolationsInBothSchemes(page);
  });

  test("an incident page with its edit forms open has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/incidents/INC-1");
    for (const name of ["Edit details", "Assign or hand over", "Correct times"]) {
      await page.getByRole("button", { name }).click();
    }
    await expect(page.getByRole("button", { name: "Save details" })).toBeVisible();
    await expectNoSeriousViolationsInBothSchemes(page);
  });

  test("the first Tab reaches “Skip to content”, which moves focus to the main content", async ({ page }) => {
    await page.goto("/incidents");
    await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport(); // shown while it has focus
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("the account menu opens from the keyboard and Escape closes it, returning focus to its button", async ({ page }) => {
    await page.goto("/");
    const button = page.getByRole("button", { name: /account menu/i });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const profile = page.getByRole("link", { name: "Your profile" });
    await expect(profile).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(profile).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(profile).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
  });

  test.describe("at phone width", () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test("the “Menu” button reveals the section links; Escape, choosing one or tapping elsewhere folds them away", async ({ page }) => {
      await page.goto("/");
      const sections = page.getByRole("navigation", { name: "Sections" }).filter({ visible: true });
      await expect(sections).toHaveCount(0);
      const menu = page.getByRole("button", { name: "Menu", exact: true });
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await menu.click();
      await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
      for (const name of ["Incidents", "On call", "Escalation", "Runbooks", "Reviews"]) {
        await expect(sections.getByRole("link", { name })).toBeVisible();
      }
      await expectNoSeriousViolationsInBothSchemes(page);
      // Escape folds it away again, focus back on the button.
      await page.keyboard.press("Escape");
      await expect(sections).toHaveCount(0);
      await expect(menu).toBeFocused();
      await menu.click();
      await sections.getByRole("link", { name: "On call" }).click();
      await expect(page).toHaveURL(/\/oncall$/);
      await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText("On call");
      await expect(sections).toHaveCount(0); // the menu closes after choosing
      // A tap elsewhere on the page folds it away too.
      await menu.click();
      await expect(sections).toHaveCount(1);
      await page.mouse.click(195, 800); // near the bottom of the screen, below the open menu
      await expect(sections).toHaveCount(0);
    });
  });
});
