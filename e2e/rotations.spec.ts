// Editing on call: a lead creates and edits rotations (with the handoff preview, the hours each
// person gains or loses, and a confirmation when who is on call right now changes); a responder
// takes a shift and gives it back; neither can do what their role does not allow.
import { test, expect, signedInAs } from "./support/fixtures";
import type { Page } from "@playwright/test";

const unique = () => Math.random().toString(36).slice(2, 7);
/** "YYYY-MM-DD", `days` from today (UTC). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function addParticipant(page: Page, name: string) {
  await page.getByLabel("Add a participant").selectOption({ label: name });
  await page.getByRole("button", { name: "Add to the end" }).click();
}

/** Fills the new-rotation form: daily, 09:00 in London, from `startDate`. */
async function fillRotation(page: Page, name: string, startDate: string, people: string[]) {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await page.getByLabel("Shift length unit").selectOption("days");
  await page.getByRole("textbox", { name: "Shift length" }).fill("1");
  await page.getByLabel("First shift starts on").fill(startDate);
  for (const p of people) await addParticipant(page, p);
}

test.describe("as a lead", () => {
  test.use(signedInAs("lead"));

  test("creates a rotation: field messages keep what was typed, the preview shows the next handoffs, the save sums up the hours", async ({ page }) => {
    const name = `Night desk ${unique()}`;
    await page.goto("/oncall");
    await page.getByRole("link", { name: "New rotation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New rotation");

    // Nothing filled in, then a zero shift length: each problem is said on its field.
    await page.getByRole("button", { name: "Create rotation" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toBeVisible();
    await expect(page.getByText("Give the rotation a name")).toBeVisible();
    await expect(page.getByText("Add at least one participant")).toBeVisible();
    await page.getByLabel("Name").fill(name);
    await page.getByRole("textbox", { name: "Shift length" }).fill("0");
    await page.getByRole("button", { name: "Create rotation" }).click();
    await expect(page.getByText("A shift must last at least 1 hour, day or week")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(name);

    await fillRotation(page, name, day(1), ["Emma Schulz", "Sofía García"]);
    const preview = page.getByRole("region", { name: "Preview" });
    // The rotation starts tomorrow at 09:00 London: the first handoff is its first shift, then Emma → Sofía.
    await expect(preview.getByRole("listitem").first()).toContainText("first shift: Emma Schulz");
    await expect(preview.getByRole("listitem").nth(1)).toContainText("Emma Schulz → Sofía García");
    await expect(preview).toContainText("Hours on call, next 4 weeks");

    await page.getByRole("button", { name: "Create rotation" }).click();
    const summary = page.getByRole("status").filter({ hasText: "Rotation created." });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(/Emma Schulz\s*\d+ h/);
    await expect(summary).toContainText(/Sofía García\s*\d+ h/);
    await summary.getByRole("link", { name: "Open the rotation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText("Created the rotation");
  });

  test("removing the person on call right now needs a confirmation naming who takes over; the save shows hours gained and lost", async ({ page }) => {
    const name = `Swap desk ${unique()}`;
    await page.goto("/oncall/new");
    // Daily since 20 days ago: shift 19 or 20 (by the time of day) is under way. Emma holds neither
    // after the edit, and for both 19 and 20 the person on call now differs before (k mod 3 of
    // Emma, Sofía, Aisha) and after (k mod 2 of Sofía, Aisha).
    await fillRotation(page, name, day(-20), ["Emma Schulz", "Sofía García", "Aisha Bello"]);
    await page.getByRole("button", { name: "Create rotation" }).click();
    await page.getByRole("status").getByRole("link", { name: "Edit it" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);

    await page.getByRole("button", { name: "Remove Emma Schulz (position 1)" }).click();
    const warning = page.getByRole("alert").filter({ hasText: "This changes who is on call right now." });
    await expect(warning).toBeVisible();
    await page.getByRole("button", { name: "Save rotation" }).click();
    await expect(page.getByText("Confirm who will be on call right now, or change the order back.")).toBeVisible();

    await warning.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Save rotation" }).click();
    const summary = page.getByRole("status").filter({ hasText: "Rotation saved." });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(/On call now: .+ \(was .+\)/);
    await expect(summary).toContainText(/Sofía García\s*\+\d+ h/);
    await expect(summary).toContainText(/Emma Schulz\s*−\d+ h/);

    await summary.getByRole("link", { name: "Open the rotation" }).click();
    const participants = page.getByRole("region", { name: "Participants, in order" });
    await expect(participants.getByRole("listitem").first()).toContainText("Sofía García");
    await expect(participants).not.toContainText("Emma Schulz");
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(/participant/i);
  });
});

test.describe("as a responder", () => {
  test.use(signedInAs("responder"));

  test("takes someone's shift, sees it in the schedule with the reason, and gives it back", async ({ page }) => {
    await page.goto("/oncall");
    await page.getByRole("main").getByRole("link", { name: "Follow the sun", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow the sun");
    await expect(page.getByRole("link", { name: "Edit rotation" })).toHaveCount(0);

    const overrides = page.getByRole("region", { name: "Overrides and swaps" });
    const take = overrides.getByRole("button", { name: /^Take this shift from / });
    await expect(take.first()).toBeVisible();
    // The last listed shift is days away, so other tests looking at "now" are not disturbed.
    await take.last().click();
    await expect(overrides.getByRole("status")).toContainText(/You are covering .+'s shift\./);
    const mine = overrides.getByRole("listitem").filter({ hasText: "Marcus Chen covers" });
    await expect(mine).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Next four weeks" }).getByText(/covering for/).first()).toBeVisible();

    page.once("dialog", (d) => d.accept());
    await mine.getByRole("button", { name: /^Remove/ }).click();
    await expect(overrides.getByRole("status")).toContainText("Override removed.");
    await expect(overrides.getByRole("listitem").filter({ hasText: "Marcus Chen covers" })).toHaveCount(0);
  });

  test("cannot put someone else on call, and the edit pages say so instead of showing a form", async ({ page }) => {
    await page.goto("/oncall/new");
    await expect(page.getByRole("heading", { name: "Only leads and admins edit rotations" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);

    await page.goto("/oncall");
    await expect(page.getByRole("link", { name: "New rotation" })).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: "Database", exact: true }).first().click();
    const form = page.getByRole("form", { name: "Put yourself on call" });
    await expect(form).toBeVisible();
    // Only "cover for" and "join": there is no way to pick who covers, nor to take someone off call.
    await expect(form.getByLabel("Who covers")).toHaveCount(0);
    await expect(form.getByLabel("What changes").getByRole("option")).toHaveText(["I cover for someone", "I join whoever is on call"]);
    // An end before the start is refused on the field, and nothing is saved.
    await form.getByLabel("Covering for").selectOption({ label: "Emma Schulz" });
    await form.getByLabel(/^Starts/).fill("2030-01-02T10:00");
    await form.getByLabel(/^Ends/).fill("2030-01-02T09:00");
    await form.getByRole("button", { name: "Save override" }).click();
    await expect(form.getByText("The override must end after it starts")).toBeVisible();
  });
});

test.describe("the on-call-now API", () => {
  test.use(signedInAs("responder"));

  test("answers who is on call in every rotation with where the time went; signed out it refuses", async ({ page, playwright, baseURL }) => {
    const res = await page.request.get("/api/oncall/now");
    expect(res.status()).toBe(200);
    expect(res.headers()["server-timing"]).toMatch(/^db;dur=[\d.]+, compute;dur=[\d.]+$/);
    const rows = (await res.json()) as { name: string; primary: string | null; changesAt: string | null }[];
    for (const name of ["API primary", "Database", "Follow the sun"]) {
      const row = rows.find((r) => r.name === name);
      expect(row?.primary, name).toMatch(/^demo-/);
      expect(Date.parse(row?.changesAt ?? "")).toBeGreaterThan(Date.now());
    }
    // Explicitly no cookies: request contexts made in a test inherit its signed-in storage state.
    const anon = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    expect((await anon.get("/api/oncall/now")).status()).toBe(401);
    await anon.dispose();
  });
});
