// Accounts are made by admins (no open sign-up), and people change their own password.
import { randomUUID } from "node:crypto";
import { test, expect, signedInAs } from "./support/fixtures";
import { signIn } from "./support/accounts";

async function addPerson(page: import("@playwright/test").Page, p: { name: string; email: string; role: string; password: string }) {
  await page.goto("/people");
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name").fill(p.name);
  await form.getByLabel("Email").fill(p.email);
  await form.getByLabel("Role").selectOption({ label: p.role });
  await form.getByLabel("Temporary password").fill(p.password);
  await form.getByRole("button", { name: "Add person" }).click();
  return form;
}

test.describe("as an admin", () => {
  test.use(signedInAs("admin"));

  test("an admin adds a person with a role, who can then sign in with the temporary password", async ({ page, browser, baseURL }) => {
    const email = `sam-${randomUUID().slice(0, 8)}@example.com`;
    const form = await addPerson(page, { name: "Sam Lee", email, role: "Lead", password: "temporary-pass-1" });
    await expect(form.getByRole("status")).toContainText(`Sam Lee can now sign in as ${email}`);
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: email }).getByRole("combobox")).toHaveValue("lead");

    const context = await browser.newContext({ baseURL });
    try {
      await signIn(context.request, baseURL!, email, "temporary-pass-1");
      const newcomer = await context.newPage();
      await newcomer.goto("/");
      await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText(/Hello, Sam/);
    } finally {
      await context.close();
    }
  });

  test("adding someone with an email already in use says so on Email and keeps what was typed", async ({ page }) => {
    const form = await addPerson(page, { name: "Another Ana", email: "ana@example.com", role: "Responder", password: "temporary-pass-2" });
    await expect(form.getByText("Someone already signs in with this email")).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveValue("Another Ana");
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("a short temporary password is caught before anything is sent", async ({ page }) => {
    const form = await addPerson(page, { name: "Short Pw", email: `short-${randomUUID().slice(0, 8)}@example.com`, role: "Responder", password: "short" });
    await expect(form.getByText("Use at least 10 characters")).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveValue("Short Pw");
  });
});

test.describe("as a responder", () => {
  test.use(signedInAs("responder"));
  test("there is no form to add people", async ({ page }) => {
    await page.goto("/people");
    await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Add a person" })).toHaveCount(0);
  });
});

test("a person changes their password; the old one stops working and the new one signs them in", async ({ browser, baseURL }) => {
  // A fresh account (made by the admin) so no shared sign-in is disturbed.
  const admin = await browser.newContext({ baseURL, storageState: signedInAs("admin").storageState });
  const email = `pw-${randomUUID().slice(0, 8)}@example.com`;
  try {
    const adminPage = await admin.newPage();
    const form = await addPerson(adminPage, { name: "Pat Doe", email, role: "Responder", password: "first-password-1" });
    await expect(form.getByRole("status")).toContainText("can now sign in");
  } finally {
    await admin.close();
  }

  const context = await browser.newContext({ baseURL });
  try {
    await signIn(context.request, baseURL!, email, "first-password-1");
    const page = await context.newPage();
    await page.goto("/profile");
    const pw = page.getByRole("form", { name: "Change password" });
    await pw.getByLabel("Current password").fill("wrong-password-0");
    await pw.getByLabel("New password", { exact: true }).fill("second-password-2");
    await pw.getByLabel("New password again").fill("second-password-2");
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(pw.getByText("That is not your current password")).toBeVisible();
    await expect(pw.getByLabel("New password", { exact: true })).toHaveValue("second-password-2");

    await pw.getByLabel("Current password").fill("first-password-1");
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(pw.getByRole("status")).toContainText("Password changed");
  } finally {
    await context.close();
  }

  const fresh = await browser.newContext({ baseURL });
  try {
    await expect(signIn(fresh.request, baseURL!, email, "first-password-1")).rejects.toThrow(/401/);
    await signIn(fresh.request, baseURL!, email, "second-password-2");
  } finally {
    await fresh.close();
  }
});
