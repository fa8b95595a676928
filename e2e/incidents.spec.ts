// Incidents, one person at a time: declaring fast and safely, moving an incident through its
// lifecycle, the list's filters and search, key-time rules, stakeholder updates, and markup in
// notes staying inert. Two people at once: incidents-live.spec.ts.
import { test, expect, signedInAs } from "./support/fixtures";
import { waitForHydration } from "./support/pages";
import {
  declareDialog,
  declareIncident,
  incidentBadges,
  incidentHeading,
  keyTime,
  postNote,
  randomWord,
  timeline,
  timelineEntries,
  uniqueTitle,
} from "./support/incidents";

test.use(signedInAs("responder")); // Marcus Chen

test.describe("declaring", () => {
  test("Alt+Shift+D on another page, a title, a severity by keyboard and Enter open the new incident as Investigating with me as commander", async ({ page }) => {
    const title = uniqueTitle("keyboard declare");
    await page.goto("/runbooks");
    await expect(page.getByRole("heading", { level: 1, name: "Runbooks" })).toBeVisible();
    await page.keyboard.press("Alt+Shift+D");
    const dialog = declareDialog(page);
    await expect(dialog).toBeVisible();
    const titleInput = dialog.getByLabel("What is happening?");
    await expect(titleInput).toBeFocused();
    await page.keyboard.type(title);
    // Severity from the keyboard: Tab into the radio group, arrow to P1.
    await expect(dialog.getByRole("radio", { name: /^P1 / })).toBeVisible(); // options loaded
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("radio", { name: /^P0 / })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByRole("radio", { name: /^P1 / })).toBeChecked();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/incidents\/INC-\d+$/, { timeout: 15_000 });
    await expect(incidentHeading(page)).toHaveText(title);
    await expect(incidentBadges(page)).toContainText("P1 High");
    await expect(incidentBadges(page)).toContainText("Investigating");
    const roles = page.getByRole("region", { name: "Roles" });
    await expect(roles.locator("dt", { hasText: /^Commander$/ }).locator("xpath=following-sibling::dd[1]")).toContainText("Marcus Chen");
    await expect(timelineEntries(page, "declared")).toHaveCount(1);
    await expect(timelineEntries(page, "declared")).toContainText("Marcus Chen declared the incident (P1)");
    await expect(page.getByTestId("ack-clock")).toContainText(/Acknowledge within/);
    await expect(page.getByRole("button", { name: "Acknowledge" })).toBeVisible();
  });

  test("a declare with no title and no severity shows a message on each field and keeps the summary typed; an over-long title is refused", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByRole("button", { name: /Declare/ }).first().click();
    const dialog = declareDialog(page);
    const summary = dialog.getByLabel("Summary (optional, markdown)");
    const summaryText = `Checkout slow for some ${randomWord()} users`;
    await summary.fill(summaryText);
    await expect(dialog.getByRole("radio", { name: /^P1 / })).toBeVisible();
    await dialog.getByRole("button", { name: "Declare incident" }).click();

    const titleInput = dialog.getByLabel("What is happening?");
    await expect(titleInput).toHaveAttribute("aria-invalid", "true");
    await expect(titleInput).toHaveAccessibleDescription("Give the incident a title");
    await expect(titleInput).toBeFocused(); // the first field at fault
    await expect(dialog.getByRole("group", { name: "Severity" })).toHaveAccessibleDescription(/Pick a severity/);
    await expect(summary).toHaveValue(summaryText);
    await expect(page).toHaveURL(/\/incidents$/); // nothing declared

    // 10,000 characters: the input stops at its maxLength (1,000), still far over the 200 allowed.
    await titleInput.fill("x".repeat(10_000));
    const kept = (await titleInput.inputValue()).length;
    expect(kept).toBeGreaterThan(200);
    expect(kept).toBeLessThanOrEqual(1000);
    await dialog.getByRole("radio", { name: /^P3 / }).check();
    await dialog.getByRole("button", { name: "Declare incident" }).click();
    await expect(titleInput).toHaveAccessibleDescription("Keep the title under 200 characters");
    await expect(dialog.getByRole("group", { name: "Severity" })).not.toHaveAccessibleDescription(/Pick a severity/);
    await expect(summary).toHaveValue(summaryText);
    await expect(dialog.getByRole("radio", { name: /^P3 / })).toBeChecked();
    await expect(page).toHaveURL(/\/incidents$/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
  });
});

test("an incident moves Identified → Monitoring → Resolved, setting Mitigated and Resolved, and reopens; each move is on the timeline", async ({ page }) => {
  const title = uniqueTitle("lifecycle");
  await declareIncident(page, { title, severity: "P2" });
  const badges = incidentBadges(page);
  const actions = page.getByRole("group", { name: "Incident actions" });
  const moves = timelineEntries(page, "status");
  await expect(keyTime(page, "Mitigated")).toHaveText("—");
  await expect(keyTime(page, "Resolved")).toHaveText("—");

  await actions.getByRole("button", { name: "Identified", exact: true }).click();
  await expect(badges).toContainText("Identified");
  await expect(moves).toHaveCount(1);
  await expect(moves.first()).toContainText("moved the status from Investigating to Identified");

  await actions.getByRole("button", { name: "Monitoring", exact: true }).click();
  await expect(badges).toContainText("Monitoring");
  await expect(keyTime(page, "Mitigated")).not.toHaveText("—");
  await expect(keyTime(page, "Resolved")).toHaveText("—");
  await expect(moves.first()).toContainText("moved the status from Identified to Monitoring");

  await actions.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(badges).toContainText("Resolved");
  await expect(keyTime(page, "Resolved")).not.toHaveText("—");
  await expect(moves.first()).toContainText("moved the status from Monitoring to Resolved");
  // Resolving without an acknowledgement records one, so nobody is left "waiting".
  await expect(keyTime(page, "Acknowledged")).not.toHaveText("—");
  await expect(page.getByTestId("update-cadence")).toHaveCount(0); // no more updates due
  // Resolved: reopen it, or start its post-incident review.
  await expect(actions.getByRole("button")).toHaveText(["Reopen", /^Start review of INC-\d+$/]);

  await actions.getByRole("button", { name: "Reopen" }).click();
  await expect(badges).toContainText("Investigating");
  await expect(keyTime(page, "Resolved")).toHaveText("—");
  await expect(moves).toHaveCount(4);
  await expect(moves.first()).toContainText("moved the status from Resolved to Investigating");

  // And it all survives a reload: the timeline is the database's, not the page's.
  await page.reload();
  await expect(timelineEntries(page, "status")).toHaveCount(4);
  await expect(incidentBadges(page)).toContainText("Investigating");
});

test("list filters by severity and status go in the URL, survive a reload, and search finds an incident by a word only in its note", async ({ page }) => {
  const word = randomWord(12);
  const title = uniqueTitle("filters");
  await declareIncident(page, { title, severity: "P3" });
  await postNote(page, `Saw ${word} in the logs just before it broke.`);

  await page.goto("/incidents");
  await waitForHydration(page);
  const form = page.getByRole("search", { name: "Filter incidents" });
  await form.getByLabel("Severity").selectOption("P3");
  await form.getByLabel("Status").selectOption("investigating");
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]severity=P3(&|$)/);
  await expect(page).toHaveURL(/[?&]status=investigating(&|$)/);
  const items = page.getByRole("main").getByRole("listitem");
  await expect(items.filter({ hasText: title })).toHaveCount(1);

  await page.reload();
  await expect(form.getByLabel("Severity")).toHaveValue("P3");
  await expect(form.getByLabel("Status")).toHaveValue("investigating");
  await expect(items.filter({ hasText: title })).toHaveCount(1);
  // Nothing of another severity or status slipped through (seeded INC-1 is P1, INC-4 resolved P3).
  // One snapshot of the texts: other tests declare and resolve incidents while this one runs.
  for (const text of await items.allTextContents()) {
    expect(text).toMatch(/^INC-\d+P3Investigating/);
  }

  await form.getByLabel("Search titles, summaries and notes").fill(word);
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole("link")).toHaveText(title);
  await items.first().getByRole("link").click();
  await expect(incidentHeading(page)).toHaveText(title);
});

test("“Correct times” refuses Detected before Impact started, and Resolved before Declared, with a field message and saves nothing", async ({ page }) => {
  await declareIncident(page, { title: uniqueTitle("key times"), severity: "P3" });
  const times = page.getByRole("region", { name: "Key times" });
  const detectedShown = await keyTime(page, "Detected").textContent();

  await times.getByRole("button", { name: "Correct times" }).click();
  const started = await times.getByLabel("Impact started").inputValue();
  const hourBefore = new Date(new Date(`${started}:00Z`).getTime() - 3_600_000).toISOString().slice(0, 16);
  const detected = times.getByLabel("Detected");
  await detected.fill(hourBefore);
  await times.getByRole("button", { name: "Save times" }).click();
  await expect(detected).toHaveAttribute("aria-invalid", "true");
  await expect(times.locator("#time-detected_at-error")).toContainText("Detected can't be before Impact started");
  await expect(detected).toHaveValue(hourBefore); // what was typed stays
  await times.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(keyTime(page, "Detected")).toHaveText(detectedShown!);
  await expect(timelineEntries(page, "key_time")).toHaveCount(0);

  // On a resolved incident: Resolved may not be before Declared.
  await page.getByRole("group", { name: "Incident actions" }).getByRole("button", { name: "Resolve" }).click();
  await expect(incidentBadges(page)).toContainText("Resolved");
  const resolvedShown = await keyTime(page, "Resolved").textContent();
  await times.getByRole("button", { name: "Correct times" }).click();
  const declared = await times.getByLabel("Declared").inputValue();
  const dayBefore = new Date(new Date(`${declared}:00Z`).getTime() - 86_400_000).toISOString().slice(0, 16);
  const resolved = times.getByLabel("Resolved");
  await resolved.fill(dayBefore);
  await times.getByRole("button", { name: "Save times" }).click();
  await expect(resolved).toHaveAttribute("aria-invalid", "true");
  await expect(times.locator("#time-resolved_at-error")).toContainText("Resolved can't be before Declared");
  await times.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(keyTime(page, "Resolved")).toHaveText(resolvedShown!);
  await expect(timelineEntries(page, "key_time")).toHaveCount(0);
});

test("the stakeholder template names the incident's services, and “Record as sent” puts the text on the timeline", async ({ page }) => {
  await declareIncident(page, { title: uniqueTitle("stakeholders"), severity: "P1", services: ["API", "Auth"] });
  const panel = page.getByRole("region", { name: "Stakeholder update" });
  const text = panel.getByLabel("Text (edit before sending)");
  await expect(text).toHaveValue(/affecting (API and Auth|Auth and API)\./);
  await expect(text).toHaveValue(/Impact: High\./);
  const extra = `Next step: ${randomWord()}.`;
  await text.fill(`${await text.inputValue()}\n${extra}`);
  const sent = await text.inputValue();

  await panel.getByRole("button", { name: "Record as sent" }).click();
  await expect(panel).toContainText("Recorded on the timeline as sent.");
  const updates = timelineEntries(page, "stakeholder_update");
  await expect(updates).toHaveCount(1);
  await expect(updates).toContainText("Marcus Chen posted a status page update");
  await expect(updates.locator("p.whitespace-pre-wrap")).toHaveText(sent);
  await expect(page.getByTestId("update-cadence")).toContainText(/^Last update \d+ s ago/);

  // The customer template speaks of the same services, without the severity code.
  await panel.getByLabel("Template").selectOption("customer");
  await expect(text).toHaveValue(/trouble using (API and Auth|Auth and API)/);
  await expect(text).not.toHaveValue(/P1/);
});

test("my own note can be pinned, edited (its history kept) and deleted; “Pinned only” shows just the pinned", async ({ page }) => {
  await declareIncident(page, { title: uniqueTitle("notes"), severity: "P3" });
  const first = `First look: ${randomWord()}`;
  await postNote(page, first);
  const note = timelineEntries(page, "note").first();

  const pin = note.getByRole("button", { name: /^(Pin|Unpin) this event$/ });
  await expect(pin).toHaveAttribute("aria-pressed", "false");
  await pin.click();
  await expect(pin).toHaveAttribute("aria-pressed", "true");
  await expect(pin).toHaveAccessibleName("Unpin this event");
  await page.getByRole("checkbox", { name: "Pinned only" }).check();
  await expect(timeline(page).getByRole("listitem")).toHaveCount(1);
  await expect(timeline(page).getByRole("listitem")).toContainText(first);
  await page.getByRole("checkbox", { name: "Pinned only" }).uncheck();
  await expect(timelineEntries(page, "declared")).toHaveCount(1);

  const second = `Second look: ${randomWord()}`;
  await note.getByRole("button", { name: "Edit note" }).click();
  await note.getByLabel("Edit note").fill(second);
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note).toContainText(second);
  await expect(note).toContainText("(edited)");
  await note.getByText("History (1 earlier version)").click();
  await expect(note.getByRole("group")).toContainText(first);

  const body = note.locator(":scope > div > .note-prose");
  await expect(body).toHaveText(second);
  page.once("dialog", (d) => void d.accept());
  await note.getByRole("button", { name: "Delete note" }).click();
  await expect(note).toContainText("Marcus Chen deleted a note");
  await expect(body).toHaveCount(0); // the text leaves the timeline…
  await expect(note.getByRole("button", { name: /Edit note|Delete note|Pin this event|Unpin this event/ })).toHaveCount(0);
  await expect(note.getByText("History (2 earlier versions)")).toBeVisible(); // …kept in its history
});

test.describe("as a lead", () => {
  test.use(signedInAs("lead"));
  test("someone else's note offers Pin but neither Edit nor Delete", async ({ page }) => {
    await page.goto("/incidents/INC-1"); // seeded: the note is Marcus Chen's
    const note = timelineEntries(page, "note").filter({ hasText: "Marcus Chen added a note" }).first();
    await expect(note).toBeVisible();
    await expect(note.getByRole("button", { name: /^(Pin|Unpin) this event$/ })).toBeVisible();
    await expect(note.getByRole("button", { name: /Edit note|Delete note/ })).toHaveCount(0);
  });
});

test("markup and dangerous links in notes, the summary and the title stay inert text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const tag = randomWord(6);
  const title = `E2E xss ${tag} <img src=x onerror="window.__xss=1">`;
  await declareIncident(page, { title, severity: "P3" });
  // The title is plain text everywhere: shown literally, never parsed.
  await expect(incidentHeading(page)).toHaveText(title);

  const notes = [
    `script ${tag} <script>window.__xss=1</script>`,
    `img ${tag} <img src=x onerror="window.__xss=1">`,
    `[click ${tag}](javascript:window.__xss=1)`,
    `[data ${tag}](data:text/html,<script>alert(1)</script>)`,
  ];
  for (const n of notes) await postNote(page, n);

  const details = page.getByRole("region", { name: "Summary" });
  await details.getByRole("button", { name: "Edit details" }).click();
  await details
    .getByLabel("Summary (markdown)")
    .fill(`Summary ${tag} <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> [go](javascript:window.__xss=1)`);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("button", { name: "Edit details" })).toBeVisible();
  await expect(details).toContainText(`Summary ${tag}`);

  for (const when of ["after posting", "after a reload"]) {
    if (when === "after a reload") await page.reload();
    await expect(timelineEntries(page, "note"), when).toHaveCount(4);
    // The words around the markup are there; the markup itself is dropped, not run.
    await expect(timeline(page)).toContainText(`script ${tag}`);
    await expect(timeline(page)).toContainText(`img ${tag}`);
    await expect(timeline(page).getByText(`click ${tag}`)).toBeVisible();
    await expect(timeline(page).getByText(`data ${tag}`)).toBeVisible();
    for (const area of [timeline(page), details]) {
      await expect(area.locator("script, img, iframe, object, embed, [onerror], [onclick]"), when).toHaveCount(0);
    }
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.trim().toLowerCase()));
    expect(hrefs.filter((h) => /^(javascript|data|vbscript):/.test(h)), when).toEqual([]);
    // Links to dangerous places lose their href (a link to nowhere), or are not links at all.
    for (const text of [`click ${tag}`, `data ${tag}`, "go"]) {
      const link = page.getByRole("main").locator("a", { hasText: new RegExp(`^${text}$`) });
      if (await link.count()) await expect(link.first()).not.toHaveAttribute("href", /^\s*(javascript|data):/i);
    }
    await expect(incidentHeading(page)).toHaveText(title);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), when).toBeUndefined();
  }
  // Clicking the defanged link does nothing either.
  await page.getByRole("main").getByText(`click ${tag}`).click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // The list shows the title as text too.
  await page.goto(`/incidents?q=${tag}`);
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});
