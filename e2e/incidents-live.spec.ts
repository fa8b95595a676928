// Incidents, two people at once, each in their own browser: what one does, the other sees
// without reloading (the live feed), and when both edit the same thing, the second is told and
// loses nothing.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, signedInAs } from "./support/fixtures";
import type { AppRole } from "../lib/people/roles.ts";
import {
  declareIncident,
  incidentHeading,
  postNote,
  randomWord,
  timelineEntries,
  uniqueTitle,
  waitForLive,
} from "./support/incidents";

// Two browsers on 2 cores, each loading the app and holding a live feed: more than one page's time.
test.slow();

/** Marcus Chen (responder) as A, Liam O'Brien (lead) as B, side by side. */
async function twoPeople(browser: Browser, baseURL: string) {
  const contexts: BrowserContext[] = [];
  const open = async (role: AppRole): Promise<Page> => {
    const context = await browser.newContext({ ...signedInAs(role), baseURL });
    contexts.push(context);
    return context.newPage();
  };
  const [a, b] = await Promise.all([open("responder"), open("lead")]);
  return { a, b, close: () => Promise.all(contexts.map((c) => c.close())) };
}

test("what B declares, acknowledges and notes shows up on A's screens live, without a reload", async ({ browser, baseURL }) => {
  const { a, b, close } = await twoPeople(browser, baseURL!);
  try {
    const title = uniqueTitle("live");
    await a.goto("/incidents");
    await waitForLive(a);
    let aReloaded = false;
    a.on("framenavigated", (f) => {
      if (f === a.mainFrame() && !f.url().includes("/incidents/INC-")) aReloaded = true;
    });

    const { path } = await declareIncident(b, { title, severity: "P2" });
    // A's list picks it up by itself.
    const link = a.getByRole("main").getByRole("link", { name: title });
    await expect(link).toBeVisible({ timeout: 5_000 });
    expect(aReloaded, "A's list page reloaded").toBe(false);

    await link.click();
    await expect(a).toHaveURL(new RegExp(`${path}$`));
    await expect(incidentHeading(a)).toHaveText(title);
    await waitForLive(a);
    await expect(a.getByRole("button", { name: "Acknowledge" })).toBeVisible();
    // Count navigations from here on: none may happen while B acts.
    let aNavigations = 0;
    a.on("framenavigated", (f) => {
      if (f === a.mainFrame()) aNavigations++;
    });

    await b.getByRole("button", { name: "Acknowledge" }).click();
    await expect(b.getByTestId("ack-clock")).toContainText("Acknowledged after");
    await expect(a.getByTestId("ack-clock")).toContainText("Acknowledged after", { timeout: 5_000 });
    await expect(a.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
    await expect(timelineEntries(a, "acknowledged")).toContainText("Liam O'Brien acknowledged the incident");

    const note = `B checked the ${randomWord()} dashboards: all green.`;
    await postNote(b, note);
    await expect(timelineEntries(a, "note")).toContainText(note, { timeout: 5_000 });
    await expect(timelineEntries(a, "note")).toContainText("Liam O'Brien added a note");
    expect(aNavigations, "A's incident page reloaded").toBe(0);
  } finally {
    await close();
  }
});

test("when A saves the title first, B's save says “Changed by Marcus Chen … — review and retry”, keeps B's text, and a second save wins", async ({ browser, baseURL }) => {
  const { a, b, close } = await twoPeople(browser, baseURL!);
  try {
    const original = uniqueTitle("conflict");
    const { path } = await declareIncident(a, { title: original, severity: "P3" });
    await b.goto(path);
    await expect(incidentHeading(b)).toHaveText(original);

    const editDetails = (p: Page) => p.getByRole("region", { name: "Summary" });
    await editDetails(a).getByRole("button", { name: "Edit details" }).click();
    await editDetails(b).getByRole("button", { name: "Edit details" }).click();

    const titleA = `${original} (A)`;
    const titleB = `${original} (B)`;
    await editDetails(a).getByLabel("Title").fill(titleA);
    await editDetails(a).getByRole("button", { name: "Save details" }).click();
    await expect(incidentHeading(a)).toHaveText(titleA);

    const bTitle = editDetails(b).getByLabel("Title");
    await bTitle.fill(titleB);
    await editDetails(b).getByRole("button", { name: "Save details" }).click();
    await expect(editDetails(b)).toContainText(/Changed by Marcus Chen \d+ (s|min) ago — review and retry/);
    await expect(editDetails(b)).toContainText(`Title: ${titleA}`); // what they saved, beside B's
    await expect(bTitle).toHaveValue(titleB);
    await expect(incidentHeading(b)).toHaveText(titleA, { timeout: 5_000 }); // the page shows theirs meanwhile

    await editDetails(b).getByRole("button", { name: "Save details" }).click();
    await expect(editDetails(b).getByRole("button", { name: "Edit details" })).toBeVisible();
    await expect(incidentHeading(b)).toHaveText(titleB);
    await expect(incidentHeading(a)).toHaveText(titleB, { timeout: 5_000 });
    // Both renames are on the timeline, each by its author.
    const renames = timelineEntries(b, "field");
    await expect(renames).toHaveCount(2);
    await expect(renames.nth(0)).toContainText(`Liam O'Brien renamed the incident from “${titleA}” to “${titleB}”`);
    await expect(renames.nth(1)).toContainText(`Marcus Chen renamed the incident from “${original}” to “${titleA}”`);
  } finally {
    await close();
  }
});
