// Every page at desktop and phone width, light and dark. What a test can judge, it asserts: the page
// never scrolls sideways and its heading is on screen. With BEACON_SCREENSHOTS=1 it also saves
// full-page screenshots into screenshots/ (gitignored) for a person to look at; `npm test` does not
// need ~50 PNGs nobody reads.
import { mkdirSync } from "node:fs";
import { test, expect, signedInAs, expectNoSeriousViolationsInBothSchemes } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { APP_PAGES, appPageLabel, openAppPage } from "./support/pages";

const DIR = "screenshots";
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
const SCHEMES = ["light", "dark"] as const;
const SAVE = process.env.BEACON_SCREENSHOTS === "1";

if (SAVE) mkdirSync(DIR, { recursive: true });

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "the page is wider than the screen").toBeLessThanOrEqual(innerWidth);
}

/** Both schemes: checks the page, then saves screenshots/<name>-<viewport>-<scheme>.png. */
async function shoot(page: Page, name: string, viewport: keyof typeof VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoSidewaysScroll(page);
    if (SAVE) await page.screenshot({ path: `${DIR}/${name}-${viewport}-${colorScheme}.png`, fullPage: true, animations: "disabled" });
  }
}

for (const [viewportName, viewport] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, (typeof VIEWPORTS)[keyof typeof VIEWPORTS]][]) {
  test.describe(`at ${viewportName} width (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test("the sign-in page fits the screen without sideways scrolling, also with field errors", async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page.getByRole("heading", { level: 1, name: "Sign in to Beacon" })).toBeInViewport();
      await shoot(page, "sign-in", viewportName);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
      await shoot(page, "sign-in-errors", viewportName);
    });

    test.describe("signed in as an admin", () => {
      test.use(signedInAs("admin"));

      test("the open menus fit the screen", async ({ page }) => {
        await page.goto("/oncall");
        if (viewportName === "phone") {
          await page.getByRole("button", { name: "Menu", exact: true }).click();
          await expect(page.getByRole("navigation", { name: "Sections" }).filter({ visible: true })).toBeInViewport();
          await shoot(page, "menu-sections", viewportName);
          await page.getByRole("button", { name: "Close menu" }).click();
        }
        await page.getByRole("button", { name: /account menu/i }).click();
        await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
        await shoot(page, "menu-account", viewportName);
      });
    });
  });
}

// One load per page for both of what every page must pass: axe (every rule in light, contrast in
// dark; this was a11y.spec's walk) and fitting the screen at desktop, then phone width (the layout
// is CSS; a resize reflows it). One load instead of three saves a minute of the suite.
test.describe("every page, signed in as an admin (every control present)", () => {
  test.use({ ...signedInAs("admin"), viewport: VIEWPORTS.desktop });

  for (const p of APP_PAGES) {
    test(`${appPageLabel(p)} has no serious axe violations and fits desktop and phone widths without sideways scrolling`, async ({ page }) => {
      await openAppPage(page, p);
      await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText(p.h1);
      await expectNoSeriousViolationsInBothSchemes(page);
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, (typeof VIEWPORTS)[keyof typeof VIEWPORTS]][]) {
        await page.setViewportSize(viewport);
        await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toBeInViewport();
        await shoot(page, p.name, viewportName);
      }
    });
  }
});
