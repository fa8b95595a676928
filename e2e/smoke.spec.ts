import { test, expect, signedInAs } from "./support/fixtures";

test("health answers ok with both checks", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", checks: { database: { ok: true }, rest: { ok: true } } });
  expect(typeof body.checks.database.latency_ms).toBe("number");
});

test.describe("signed in as a responder", () => {
  test.use(signedInAs("responder"));
  test("sees the sections in the navigation", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Sections" }).filter({ visible: true });
    for (const name of ["Incidents", "On call", "Escalation", "Runbooks", "Reviews"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Hello, Marcus/);
  });
});

test.describe("offline, as a responder", () => {
  test.use(signedInAs("responder"));
  test("losing the connection shows a calm warning that changes cannot be saved, and it goes when back online", async ({ page, context }) => {
    await page.goto("/");
    const warning = page.getByRole("status").filter({ hasText: "You are offline" });
    await expect(warning).toHaveCount(0);
    await context.setOffline(true);
    await expect(warning).toBeVisible();
    await context.setOffline(false);
    await expect(warning).toHaveCount(0);
  });
});
