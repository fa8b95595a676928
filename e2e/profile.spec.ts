// A person keeps their own contact details current. These tests sign in as a seeded responder
// who is not one of the demo sign-ins, and put back what they change: the database is shared by
// every test running in parallel.
import { test, expect } from "./support/fixtures";
import { SPARE_ACCOUNTS, signIn } from "./support/accounts";
import type { Page } from "@playwright/test";

const me = SPARE_ACCOUNTS.profileResponder;

async function openProfile(page: Page, baseURL: string) {
  await signIn(page.request, baseURL, me.email);
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  const form = page.locator("form").filter({ visible: true }).filter({ has: page.getByRole("button", { name: "Save profile" }) });
  return {
    form,
    name: form.getByLabel("Name", { exact: true }),
    phone: form.getByLabel("Phone"),
    chat: form.getByLabel("Chat handle"),
    zone: form.getByLabel("Time zone"),
    save: form.getByRole("button", { name: "Save profile" }),
  };
}

test("a responder edits their phone, chat handle and time zone, sees “Profile saved.”, and the values persist", async ({ page, baseURL }) => {
  const f = await openProfile(page, baseURL!);
  const before = { phone: await f.phone.inputValue(), chat: await f.chat.inputValue(), zone: await f.zone.inputValue() };
  expect(before.zone).toBe("Europe/Berlin");
  const edited = { phone: "+49 30 5555 9999", chat: "@emma-oncall", zone: "Pacific/Auckland" };
  try {
    await f.phone.fill(edited.phone);
    await f.chat.fill(edited.chat);
    await f.zone.selectOption(edited.zone);
    await f.save.click();
    await expect(f.form.getByRole("status")).toHaveText("Profile saved.");

    await page.reload();
    await expect(f.phone).toHaveValue(edited.phone);
    await expect(f.chat).toHaveValue(edited.chat);
    await expect(f.zone).toHaveValue(edited.zone);
    await expect(f.name).toHaveValue(me.name);
  } finally {
    await page.goto("/profile");
    await f.phone.fill(before.phone);
    await f.chat.fill(before.chat);
    await f.zone.selectOption(before.zone);
    await f.save.click();
    await expect(f.form.getByRole("status")).toHaveText("Profile saved.");
  }
});

test("a phone number without digits gets a message next to Phone, which takes focus, and the typed text stays", async ({ page, baseURL }) => {
  const f = await openProfile(page, baseURL!);
  await f.phone.fill("call me");
  await f.save.click();
  await expect(f.phone).toBeFocused();
  await expect(f.phone).toHaveAccessibleDescription(/^Enter a phone number with digits/);
  await expect(f.phone).toHaveAttribute("aria-invalid", "true");
  await expect(f.phone).toHaveValue("call me");
  await expect(f.form.getByRole("alert")).toHaveText("Some fields need attention.");
  // Only Phone is at fault.
  await expect(f.name).not.toHaveAttribute("aria-invalid");
});

test("an empty name gets “Enter your name” and nothing is saved", async ({ page, baseURL }) => {
  const f = await openProfile(page, baseURL!);
  await f.name.fill("");
  await f.save.click();
  await expect(f.name).toBeFocused();
  await expect(f.name).toHaveAccessibleDescription("Enter your name");
  await expect(f.name).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(f.name).toHaveValue(me.name);
});
