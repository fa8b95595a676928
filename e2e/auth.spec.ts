// Signing in and out, and what the auth API refuses. Browser tests here start signed out.
import { test, expect } from "./support/fixtures";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "../lib/auth/demo.ts";

const SIGN_IN_PER_MINUTE = 30; // BEACON_SIGN_IN_PER_MINUTE in e2e/global-setup.ts
const PROTECTED_PAGES = ["/", "/incidents", "/oncall", "/escalation", "/runbooks", "/reviews", "/profile", "/people"];

function signInForm(page: import("@playwright/test").Page) {
  const form = page.getByRole("form", { name: "Sign in" }).filter({ visible: true });
  return {
    form,
    email: form.getByLabel("Email"),
    password: form.getByLabel("Password"),
    submit: form.getByRole("button", { name: "Sign in" }),
  };
}

test.describe("the sign-in page", () => {
  test("on the local stack it lists the three demo sign-ins and their shared password", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Beacon" })).toBeVisible();
    const demos = page.getByRole("region", { name: "Demo sign-ins (local stack only)" });
    await expect(demos).toContainText(DEMO_PASSWORD);
    await expect(demos.getByRole("listitem")).toHaveCount(3);
    for (const d of DEMO_SIGN_INS) {
      await expect(demos.getByRole("listitem").filter({ hasText: d.email })).toContainText(d.name);
      await expect(demos.getByRole("button", { name: `Use ${d.role} sign-in` })).toBeVisible();
    }
  });

  test("submitting empty fields shows a message under each field, focuses the first, and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-in");
    const f = signInForm(page);
    await f.submit.click();
    await expect(f.email).toBeFocused();
    await expect(f.email).toHaveAccessibleDescription("Enter your work email, e.g. ana@example.com");
    await expect(f.email).toHaveAttribute("aria-invalid", "true");
    await expect(f.password).toHaveAccessibleDescription("Enter your password");
    await expect(f.password).toHaveAttribute("aria-invalid", "true");

    await f.email.fill("ana.example.com");
    await f.submit.click();
    await expect(f.email).toHaveValue("ana.example.com");
    await expect(f.email).toHaveAccessibleDescription(/^Enter your work email/);
    await expect(f.password).toHaveAccessibleDescription("Enter your password");

    await f.password.fill("typed-but-not-sent");
    await f.submit.click();
    await expect(f.email).toBeFocused();
    await expect(f.password).toHaveValue("typed-but-not-sent");
    await expect(f.password).not.toHaveAttribute("aria-invalid");
    await expect(f.email).toHaveValue("ana.example.com");
    await expect(f.email).toHaveAccessibleDescription(/^Enter your work email/);
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a wrong password says the email and password do not match, and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    const f = signInForm(page);
    await f.email.fill("liam@example.com");
    await f.password.fill("not-the-right-password");
    await f.submit.click();
    await expect(f.form.getByRole("alert")).toHaveText("That email and password do not match an account.");
    await expect(f.email).toHaveValue("liam@example.com");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("signing in with a demo account lands on the home page greeting the person by first name", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Use lead sign-in" }).click();
    const f = signInForm(page);
    await expect(f.email).toHaveValue("liam@example.com");
    await f.submit.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText("Hello, Liam");
  });

  test("signing out from the account menu returns to sign-in, and protected pages then redirect there", async ({ page }) => {
    // Its own session (not the shared admin state): signing out revokes the session it ends.
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Use admin sign-in" }).click();
    await signInForm(page).submit.click();
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText("Hello, Ana");

    await page.getByRole("button", { name: /account menu/i }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Beacon" })).toBeVisible();

    await page.goto("/incidents");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test("every protected page redirects a signed-out visitor to sign-in", async ({ page, request }) => {
  for (const path of PROTECTED_PAGES) {
    await page.goto(path);
    await expect(page, `${path} should redirect`).toHaveURL(/\/sign-in$/);
  }
  expect((await request.get("/api/people")).status()).toBe(401);
});

test.describe("the auth API", () => {
  test("refuses sign-up over HTTP with 403: accounts are made by admins", async ({ request, baseURL }) => {
    const email = `walk-in-${Date.now()}@example.com`;
    const res = await request.post("/api/auth/sign-up/email", {
      headers: { origin: baseURL!, "x-forwarded-for": "198.51.100.20" },
      data: { name: "Walk In", email, password: "a-long-enough-password" },
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("Accounts are created by an admin.");
    // And no account was made on the way.
    const signIn = await request.post("/api/auth/sign-in/email", {
      headers: { origin: baseURL!, "x-forwarded-for": "198.51.100.20" },
      data: { email, password: "a-long-enough-password" },
    });
    expect(signIn.status()).toBe(401);
  });

  test(`allows ${SIGN_IN_PER_MINUTE} sign-in attempts a minute per client address, then answers 429`, async ({ request, baseURL }) => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= SIGN_IN_PER_MINUTE + 1; attempt++) {
      const res = await request.post("/api/auth/sign-in/email", {
        headers: { origin: baseURL!, "x-forwarded-for": "198.51.100.30" },
        data: { email: "liam@example.com", password: "guessing-the-password" },
      });
      statuses.push(res.status());
      if (res.status() === 429) break;
    }
    expect(statuses.slice(0, SIGN_IN_PER_MINUTE)).toEqual(Array(SIGN_IN_PER_MINUTE).fill(401));
    expect(statuses[SIGN_IN_PER_MINUTE], "attempt 31").toBe(429);
    // Another address is unaffected.
    const other = await request.post("/api/auth/sign-in/email", {
      headers: { origin: baseURL!, "x-forwarded-for": "198.51.100.31" },
      data: { email: "liam@example.com", password: "guessing-the-password" },
    });
    expect(other.status()).toBe(401);
  });

  test("refuses a sign-in sent from an untrusted origin with 403", async ({ request }) => {
    const res = await request.post("/api/auth/sign-in/email", {
      headers: { origin: "https://evil.example", "x-forwarded-for": "198.51.100.40" },
      data: { email: "liam@example.com", password: DEMO_PASSWORD },
    });
    expect(res.status()).toBe(403);
    expect(res.headers()["set-cookie"] ?? "").not.toContain("session_token");
  });
});
