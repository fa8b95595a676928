// Everything around the review editor: the reviews list and starting a review, the cross-incident
// action items (filters in the URL, overdue first, status saved inline even after publishing),
// the markdown download and the print view. Arranged through PostgREST as a real person (the
// same door the app uses), each test on incidents of its own with a word nobody else uses.
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, signedInAs, seriousA11yViolations, expectNoSeriousViolationsInBothSchemes } from "./support/fixtures";
import { randomWord } from "./support/incidents";
import { stackConfig, stackEnv } from "../scripts/stack/config.ts";
import { mintPostgrestToken } from "../lib/auth/jwt.ts";

const env = stackEnv(stackConfig("e2e"));
/** The responder the browser is signed in as (America/Chicago). */
const MARCUS = "demo-marcus";
const PRIYA = "demo-priya";

async function rest<T>(path: string, body: unknown, method = "POST", person = MARCUS): Promise<T> {
  const { token } = await mintPostgrestToken({ personId: person, role: "responder" }, env.SUPABASE_JWT_SECRET);
  const res = await fetch(`${env.SUPABASE_URL}/rest/v1/${path}`, {
    method,
    headers: {
      apikey: env.SUPABASE_ANON_KEY,
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      prefer: "return=representation",
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** YYYY-MM-DD `days` from now (UTC; the tests keep several days away from any zone's edge). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Made {
  id: string;
  number: number;
  reviewId?: string;
}

async function resolvedIncident(title: string, severity = "P3"): Promise<Made> {
  const [incident] = await rest<Made[]>("incidents?select=id,number", { title, severity });
  await rest(`incidents?id=eq.${incident.id}`, { status: "resolved" }, "PATCH");
  return incident;
}

/** A P3 review with what publishing it demands, and the given items; published when asked. */
async function reviewWithItems(word: string, items: Record<string, unknown>[], publish: boolean): Promise<Made> {
  const incident = await resolvedIncident(`E2E reviewed ${word}`);
  const reviewId = await rest<string>("rpc/start_review", {
    incident_id: incident.id,
    sections: {
      summary: { text: `The ${word} summary.` },
      impact: {
        customer_impact: `Nobody could ${word}.`,
        affected: null,
        service_ids: [],
        slo_breached: false,
        slo_details: "",
        severity_confirmed: "P3",
      },
      root_cause: {
        trigger: "A config push.",
        root_causes: "No review of config pushes.",
        contributing_factors: [],
        five_whys: [],
        detection_how: "An alert.",
        detection_sooner: "",
      },
    },
  });
  for (const item of items) await rest("review_action_items", { review_id: reviewId, ...item });
  if (publish) {
    await rest("rpc/submit_review", { review_id: reviewId });
    await rest("rpc/publish_review", { review_id: reviewId });
  }
  return { ...incident, reviewId };
}

const itemRows = (page: Page, word: string) => page.getByTestId("action-item").filter({ hasText: word });
const statusOf = (page: Page, title: string) => page.getByRole("combobox", { name: `Status of ${title}` });

mkdirSync("screenshots", { recursive: true });

test.describe("signed in as a responder", () => {
  test.use(signedInAs("responder"));

  test("/reviews starts the review of the seeded drill INC-3 and opens it", async ({ page }) => {
    await page.goto("/reviews");
    const waiting = page.getByRole("region", { name: "Waiting for a review" });
    const inc3 = waiting.getByRole("listitem").filter({ hasText: "INC-3" });
    await expect(inc3).toContainText("Tabletop: primary database fails over during peak");
    await expect(inc3).toContainText("Drill");
    await inc3.getByRole("button", { name: "Start review of INC-3" }).click();
    await expect(page).toHaveURL(/\/reviews\/INC-3$/, { timeout: 15_000 });
    // The editor's page: its heading, whatever words it chooses, is there.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Back on the list, INC-3 is a draft and no longer waiting.
    await page.goto("/reviews?state=draft");
    await expect(page.getByRole("link", { name: "Draft" })).toHaveAttribute("aria-current", "page");
    const row = page.getByRole("row").filter({ hasText: "INC-3" });
    await expect(row.getByText("Draft", { exact: true })).toBeVisible();
    await expect(row.getByText("Drill", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Waiting for a review" }).getByText("INC-3")).toHaveCount(0);
    // Published reviews are filtered out, and come back with their state.
    await expect(page.getByRole("row").filter({ hasText: "INC-4" })).toHaveCount(0);
    await page.getByRole("link", { name: "Published" }).click();
    await expect(page).toHaveURL(/\?state=published$/);
    await expect(page.getByRole("row").filter({ hasText: "INC-4" }).getByText("Published", { exact: true })).toBeVisible();
  });

  test("a resolved incident's page offers Start review, then Open review", async ({ page }) => {
    const word = randomWord();
    const incident = await resolvedIncident(`E2E start from the incident ${word}`);
    await page.goto(`/incidents/INC-${incident.number}`);
    await page.getByRole("group", { name: "Incident actions" }).getByRole("button", { name: `Start review of INC-${incident.number}` }).click();
    await expect(page).toHaveURL(new RegExp(`/reviews/INC-${incident.number}$`), { timeout: 15_000 });
    await page.goto(`/incidents/INC-${incident.number}`);
    await expect(page.getByRole("link", { name: "Open review (draft)" })).toHaveAttribute("href", `/reviews/INC-${incident.number}`);
    await page.screenshot({ path: "screenshots/lists-incident-open-review-desktop-light.png" });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("action items: overdue first, filtered by owner and status in the URL", async ({ page }) => {
    const word = randomWord();
    const overdue = `E2E ${word} overdue`;
    const later = `E2E ${word} later`;
    const done = `E2E ${word} done`;
    const priyas = `E2E ${word} Priya's`;
    await reviewWithItems(
      word,
      [
        // Added first and due later, so "overdue first" is the list's doing, not the order added.
        { title: later, owner_id: MARCUS, due_date: day(10), priority: "low" },
        { title: overdue, owner_id: MARCUS, due_date: day(-5), priority: "high", type: "detect", tracker_url: "https://tracker.example.com/E2E-1" },
        { title: done, owner_id: MARCUS, due_date: day(-5), status: "done" },
        { title: priyas, owner_id: PRIYA, due_date: day(3) },
      ],
      false,
    );

    await page.goto("/reviews/action-items");
    await expect(page.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
    // Default: everyone's unfinished items, overdue first.
    await expect(itemRows(page, word)).toHaveCount(3);
    const titles = await itemRows(page, word).locator("th").allTextContents();
    expect(titles.map((t) => t.replace(/tracker\.example\.com.*$/, ""))).toEqual([overdue, priyas, later]);
    const first = itemRows(page, word).first();
    await expect(first.getByText("Overdue", { exact: true })).toBeVisible();
    await expect(itemRows(page, word).filter({ hasText: later }).getByText("Overdue")).toHaveCount(0);
    const link = first.getByRole("link", { name: "tracker.example.com/E2E-1 (ticket, opens in a new tab)" });
    await expect(link).toHaveAttribute("href", "https://tracker.example.com/E2E-1");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");

    // "Mine": Marcus's items only.
    await page.getByRole("navigation", { name: "Whose action items" }).getByRole("link", { name: "Mine" }).click();
    await expect(page).toHaveURL(/owner=demo-marcus/);
    await expect(page.getByLabel("Owner")).toHaveValue(MARCUS);
    await expect(itemRows(page, word)).toHaveCount(2);
    await expect(itemRows(page, word).filter({ hasText: priyas })).toHaveCount(0);

    // Status "Done", owner anyone: only the finished one.
    await page.getByLabel("Owner").selectOption("");
    await page.getByLabel("Status", { exact: true }).selectOption("done");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=done/);
    await expect(itemRows(page, word)).toHaveCount(1);
    await expect(itemRows(page, word)).toContainText(done);
    // Done long after its date is not overdue.
    await expect(itemRows(page, word).getByText("Overdue")).toHaveCount(0);

    // Priya's, any status, by URL.
    await page.goto(`/reviews/action-items?owner=${PRIYA}&status=all`);
    await expect(itemRows(page, word)).toHaveCount(1);
    await expect(itemRows(page, word)).toContainText(priyas);
  });

  test("an item's status changes inline on a published review and stays changed", async ({ page }) => {
    const word = randomWord();
    const title = `E2E ${word} published item`;
    await reviewWithItems(word, [{ title, owner_id: MARCUS, due_date: day(-3) }], true);

    await page.goto("/reviews/action-items?status=all");
    const row = itemRows(page, word);
    await expect(row.getByText("Overdue", { exact: true })).toBeVisible();
    await statusOf(page, title).selectOption("done");
    await expect(row.getByRole("status")).toHaveText("Saved");
    // Done is no longer overdue, at once.
    await expect(row.getByText("Overdue", { exact: true })).toHaveCount(0);
    await page.reload();
    await expect(statusOf(page, title)).toHaveValue("done");
    await expect(itemRows(page, word).getByText("Overdue", { exact: true })).toHaveCount(0);
  });

  test("the markdown download has every section; the print view shows the review without the app's chrome", async ({ page }) => {
    const word = randomWord();
    const made = await reviewWithItems(word, [{ title: `E2E ${word} item`, owner_id: MARCUS, due_date: day(7) }], true);
    const ref = `INC-${made.number}`;

    const res = await page.request.get(`/reviews/${ref}/export`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="${ref}-post-incident-review.md"`);
    const md = await res.text();
    expect(md).toContain(`# ${ref}: E2E reviewed ${word}`);
    for (const heading of ["Summary", "Impact", "Timeline", "Root cause", "Lessons learned", "Action items"]) {
      expect(md, heading).toMatch(new RegExp(`^## ${heading}$`, "m"));
    }
    expect(md).toContain(`The ${word} summary.`);
    expect(md).toContain(`E2E ${word} item`);
    // No such review, no such incident, not a reference: 404, never a 500.
    for (const bad of ["INC-999999", "nonsense"]) expect((await page.request.get(`/reviews/${bad}/export`)).status()).toBe(404);
    const awaiting = await resolvedIncident(`E2E no review ${word}`);
    expect((await page.request.get(`/reviews/INC-${awaiting.number}/export`)).status()).toBe(404);

    await page.goto(`/reviews/${ref}/print`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ref}: E2E reviewed ${word} — post-incident review`);
    await expect(page.getByRole("heading", { level: 2, name: "Root cause" })).toBeVisible();
    await expect(page.getByText(`The ${word} summary.`)).toBeVisible();
    const print = page.getByRole("button", { name: "Print" });
    const nav = page.getByRole("navigation", { name: "Sections" });
    await expect(print).toBeVisible();
    await expect(nav).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(print).toBeHidden();
    await expect(nav).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByText(`The ${word} summary.`)).toBeVisible();
    await page.screenshot({ path: "screenshots/lists-review-print-paper.png", fullPage: true });
  });

  test("a signed-out request gets no export", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const res = await context.request.get(`${test.info().project.use.baseURL}/reviews/INC-4/export`);
    expect(res.status()).toBe(401);
    expect(await res.text()).not.toContain("#");
    await context.close();
  });
});

test.describe("axe and screenshots", () => {
  test.use(signedInAs("admin"));

  for (const path of ["/reviews", "/reviews/action-items?status=all", "/reviews/INC-4/print"]) {
    test(`${path} has no serious or critical axe violations, light or dark`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolationsInBothSchemes(page);
    });
  }

  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`the review pages fit a ${name} screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const [shot, path] of [
        ["reviews", "/reviews"],
        ["action-items", "/reviews/action-items?status=all"],
        ["review-print", "/reviews/INC-4/print"],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
        await page.screenshot({ path: `screenshots/lists-${shot}-${name}-light.png`, fullPage: true, animations: "disabled" });
      }
    });
  }
});
