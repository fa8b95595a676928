// Calendar feeds: a responder makes one, sees its address once, a calendar app (a request with no
// cookies) downloads real iCalendar with the right events, and after revoking it the address is gone.
import { test, expect, signedInAs, seriousA11yViolations } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";
import { parseIcs } from "../tests/support/ics.ts";

const FEED_URL = /^http:\/\/localhost:\d+\/api\/calendar\/([0-9a-f]{64})\.ics$/;

/** Wall-clock "HH:MM" of an instant in a zone. */
const clockIn = (zone: string, at: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hour12: false }).format(at);

/** Makes a feed in `feeds` with a unique label; returns the label and the address shown once. */
async function makeFeed(page: Page, feeds: Locator, what: string) {
  const label = `e2e ${what} ${Date.now()}`;
  await feeds.getByRole("button", { name: "New calendar feed" }).click();
  await feeds.getByLabel("Label (optional)").fill(label);
  await feeds.getByRole("button", { name: "Create feed" }).click();
  const address = feeds.getByLabel("Feed address");
  await expect(address).toBeFocused();
  const url = await address.inputValue();
  expect(url).toMatch(FEED_URL);
  await expect(feeds.getByRole("status").first()).toContainText("shown only this once");
  await expect(feeds.getByRole("link", { name: "open it in your calendar app" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));
  return { label, url, token: FEED_URL.exec(url)![1] };
}

async function revoke(feeds: Locator, label: string) {
  const row = feeds.getByRole("listitem").filter({ hasText: label });
  await row.getByRole("button", { name: `Revoke ${label}` }).click();
  await expect(row.getByRole("button", { name: "Yes, revoke" })).toBeFocused();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
}

test.describe("as a responder (Marcus, on the API primary rotation)", () => {
  test.use(signedInAs("responder"));

  test("a My shifts feed: made on /oncall, shown once, downloaded without a session, then revoked → 404", async ({ page, context, playwright }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/oncall");
    const feeds = page.getByRole("region", { name: "My shifts" }).getByRole("region", { name: "Calendar feeds" });
    const { label, url, token } = await makeFeed(page, feeds, "phone");
    await feeds.getByRole("button", { name: "Copy address" }).click();
    await expect(feeds.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A calendar app: no cookies, no session.
    const calendarApp = await playwright.request.newContext();
    const res = await calendarApp.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject({
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="on-call-marcus-chen.ics"',
      "cache-control": "private, max-age=300",
    });
    const body = await res.text();
    expect(body).not.toMatch(/[^\r]\n/);
    const cal = parseIcs(body);
    expect(cal.name).toBe("On call: Marcus Chen");
    expect(cal.events.length).toBeGreaterThan(0);
    // Other tests may put Marcus on call elsewhere; the demo has him on API primary only.
    expect(cal.events.every((e) => e.summary.startsWith("On call: "))).toBe(true);
    const now = Date.now();
    const api = cal.events.filter((e) => e.summary === "On call: API primary");
    // Marcus is on call this week (the demo rotation started two days ago) but for tomorrow.
    const current = api.find((e) => e.start.getTime() <= now && now < e.end.getTime());
    expect(current?.description).toMatch(/^You are primary: rotation\nSecondary: \S/);
    expect(api.every((e) => e.startText.endsWith("Z") && clockIn("America/Chicago", e.start) === "09:00")).toBe(true);
    // Noah's day covering him is a one-day hole in his week.
    const hole = api.findIndex((e, i) => i > 0 && Math.abs(e.start.getTime() - api[i - 1].end.getTime() - 86_400_000) <= 3_600_000);
    expect(hole, "a one-day hole").toBeGreaterThan(0);
    expect(api[hole - 1]).toBe(current);

    // Shown once: after a reload the address is nowhere on the page; the list shows the feed, fetched.
    await page.reload();
    await expect(page.getByRole("main")).not.toContainText(token);
    await expect(page.locator(`[value*="${token}"]`)).toHaveCount(0);
    const row = feeds.getByRole("listitem").filter({ hasText: label });
    await expect(row).toContainText("last fetched");

    await revoke(feeds, label);
    const gone = await calendarApp.get(url);
    expect(gone.status()).toBe(404);
    expect(await gone.text()).toBe("No such calendar feed.\n");
    await calendarApp.dispose();
  });

  test("a rotation feed from the rotation page: every block with who and why, handoffs at 09:00 Chicago; revoked → 404", async ({ page, playwright }) => {
    await page.goto("/oncall");
    await page.getByRole("main").getByRole("link", { name: "API primary", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API primary");
    const feeds = page.getByRole("region", { name: "Calendar feeds" });
    // A label too long is refused in place, and what was typed stays.
    await feeds.getByRole("button", { name: "New calendar feed" }).click();
    const tooLong = "x".repeat(101);
    await feeds.getByLabel("Label (optional)").fill(tooLong);
    await feeds.getByRole("button", { name: "Create feed" }).click();
    await expect(feeds.getByLabel("Label (optional)")).toHaveAttribute("aria-invalid", "true");
    await expect(feeds.getByText("A label can be at most 100 characters")).toBeVisible();
    await expect(feeds.getByLabel("Label (optional)")).toHaveValue(tooLong);
    await feeds.getByRole("button", { name: "Cancel" }).click();
    const { label, url } = await makeFeed(page, feeds, "rotation");

    const calendarApp = await playwright.request.newContext();
    const res = await calendarApp.get(url.replace(/\.ics$/, "")); // the extension is optional
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toBe('inline; filename="api-primary-on-call.ics"');
    const cal = parseIcs(await res.text());
    expect(cal.name).toBe("API primary on call");
    expect(cal.events.every((e) => /^On call: API primary \(.+\)$/.test(e.summary))).toBe(true);
    const covered = cal.events.find((e) => e.summary === "On call: API primary (Noah Williams)" && e.description?.includes("covering for Marcus Chen (override)"));
    expect(covered, "tomorrow's demo override").toBeTruthy();
    expect(covered!.url).toMatch(/\/oncall\/[0-9a-f-]{36}$/);
    expect(cal.events.every((e) => clockIn("America/Chicago", e.start) === "09:00" && clockIn("America/Chicago", e.end) === "09:00")).toBe(true);
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(cal.events.length);

    await revoke(feeds, label);
    expect((await calendarApp.get(url)).status()).toBe(404);
    await calendarApp.dispose();
  });
});

test("unknown, malformed and look-alike feed addresses all get the same 404", async ({ playwright, baseURL }) => {
  const calendarApp = await playwright.request.newContext({ baseURL });
  for (const token of ["0".repeat(64), `${"a".repeat(64)}.ics`, "nope", `${"A".repeat(64)}.ics`, `${"b".repeat(64)}.txt`]) {
    const res = await calendarApp.get(`/api/calendar/${token}`);
    expect(res.status(), token).toBe(404);
    expect(await res.text()).toBe("No such calendar feed.\n");
  }
  await calendarApp.dispose();
});
