// On-call editing in the browser: a lead edits an escalation policy and sees the new level on the
// matrix resolved to a person; a responder sees no edit controls for what they cannot change,
// sets their own readiness, and leaves a handoff note for the next person on their rotation.
import { test, expect, seriousA11yViolations, signedInAs } from "./support/fixtures";

test.describe("as a lead", () => {
  test.use(signedInAs("lead"));

  test("adds a level to Web's policy (a missing target is caught first) and sees it resolved to a person on the matrix", async ({ page }) => {
    await page.goto("/escalation");
    await page.getByRole("link", { name: "Edit for Web" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Web escalation");

    const form = page.getByRole("form", { name: "Edit the policy for every severity" });
    const levels = form.getByRole("group", { name: /^Level \d+$/ });
    const count = await levels.count();
    await form.getByRole("button", { name: "Add a level" }).click();
    const added = form.getByRole("group", { name: `Level ${count + 1}`, exact: true });
    // Focus moves to the new level, so a keyboard user carries on there.
    await expect(added.getByLabel("Pages")).toBeFocused();
    await added.getByLabel("Pages").selectOption({ label: "A named person" });
    await added.getByLabel("Wait (minutes)").fill("20");

    // No person picked: the form says so on that field and nothing is saved.
    await form.getByRole("button", { name: "Save policy" }).click();
    const person = added.getByLabel("Person");
    await expect(person).toHaveAttribute("aria-invalid", "true");
    await expect(person).toBeFocused();
    await expect(added).toContainText("Pick the person this level pages");
    await expect(added.getByLabel("Wait (minutes)")).toHaveValue("20"); // kept as typed

    await person.selectOption({ label: "Olivia Brown" });
    await form.getByRole("button", { name: "Save policy" }).click();
    await expect(form.getByRole("status")).toHaveText("Policy saved.");
    // The history shows the change with who made it.
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(`Added level ${count + 1}: pages Olivia Brown, waits 20 min`);

    await page.goto("/escalation");
    const row = page
      .getByRole("table", { name: /Escalation matrix/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /^Web\b/ }) });
    const cell = row.getByRole("cell").nth(count);
    await expect(cell).toContainText("Olivia Brown");
    await expect(cell).toContainText("→ Olivia Brown");
    await expect(cell.getByRole("link", { name: "Email Olivia Brown" })).toBeVisible();
  });

  test("makes a group a level can page, and adds, renames, moves and removes a checklist item", async ({ page }) => {
    await page.goto("/oncall/groups");
    const name = `Platform leads ${Date.now()}`;
    const create = page.getByRole("form", { name: "New group" });
    await create.getByRole("button", { name: "Add group" }).click();
    await expect(create.getByLabel("Name")).toBeFocused();
    await expect(create).toContainText("Give the group a name");
    await create.getByLabel("Name").fill(name);
    await create.getByRole("button", { name: "Add group" }).click();
    await expect(create).toContainText("Pick at least one member");
    await create.getByRole("checkbox", { name: "Hannah Kim" }).check();
    await create.getByRole("checkbox", { name: "Priya Raman" }).check();
    await create.getByRole("button", { name: "Add group" }).click();
    await expect(create.getByRole("status")).toHaveText(`Group “${name}” added.`);
    const group = page.getByRole("region", { name, exact: true });
    await expect(group).toContainText("Hannah Kim");
    await expect(group).toContainText("Priya Raman");
    await page.goto("/escalation/database");
    const form = page.getByRole("form", { name: "Edit the policy for every severity" });
    await form.getByLabel("Pages").first().selectOption({ label: "A group" });
    await expect(form.getByLabel("Group").first().locator("option", { hasText: name })).toHaveCount(1);

    await page.goto("/oncall/readiness");
    const items = page.getByRole("region", { name: "Checklist items" });
    const title = `VPN profile ${Date.now()}`;
    const add = items.getByRole("form", { name: "New checklist item" });
    await add.getByLabel("Item").fill(title);
    await add.getByRole("button", { name: "Add item" }).click();
    await expect(add.getByRole("status")).toHaveText(`Added “${title}”.`);
    const row = items.getByRole("listitem").filter({ has: page.getByRole("form", { name: `Edit ${title}` }) });
    await expect(row.getByRole("button", { name: `Move down ${title}` })).toBeDisabled(); // added last
    await row.getByRole("button", { name: `Move up ${title}` }).click();
    await expect(row.getByRole("button", { name: `Move down ${title}` })).toBeEnabled();
    await row.getByLabel("Item").fill(`${title} (laptop)`);
    await row.getByRole("button", { name: `Save ${title}` }).click();
    await expect(row.getByRole("status")).toHaveText("Item saved.");
    await expect(page.getByRole("table", { name: /Everyone/ }).getByRole("columnheader", { name: `${title} (laptop)` })).toBeVisible();
    await row.getByRole("button", { name: `Remove ${title}` }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await expect(items.getByRole("form", { name: `Edit ${title}` })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(`Removed checklist item “${title} (laptop)”`);
  });

  for (const [path, h1] of [["/escalation/api", "API escalation"], ["/oncall/readiness", "Readiness"], ["/oncall/groups", "Groups"]]) {
    test(`${path}, with its edit forms, has no serious accessibility problems`, async ({ page }) => {
      test.slow(); // axe over a long form page takes a while on a busy machine
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});

test.describe("as a responder", () => {
  test.use(signedInAs("responder"));

  test("sees the matrix and a service's policy with no edit controls", async ({ page }) => {
    await page.goto("/escalation");
    const main = page.getByRole("main");
    await expect(page.getByRole("table", { name: /Escalation matrix/ })).toBeVisible();
    await expect(main.getByRole("link", { name: /^(Edit|Add a policy)/ })).toHaveCount(0);
    await main.getByRole("link", { name: "API", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API escalation");
    await expect(main).toContainText("primary on call");
    await expect(page.getByRole("region", { name: "Recent changes" })).toBeVisible();
    await expect(main.getByRole("button")).toHaveCount(0);
    await expect(main.getByRole("combobox")).toHaveCount(0);
    await expect(main.getByRole("textbox")).toHaveCount(0);

    await page.goto("/oncall/groups");
    await expect(main).toContainText("Engineering leadership");
    await expect(main.getByRole("button")).toHaveCount(0);
    await expect(main.getByRole("textbox")).toHaveCount(0);
  });

  test("marks their own checklist item ready, with no way to edit the checklist itself", async ({ page }) => {
    await page.goto("/oncall");
    await page.getByRole("link", { name: "Readiness checklist" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readiness");
    await expect(page.getByRole("region", { name: "Checklist items" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: /Everyone/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Add item|Move|Remove)/ })).toHaveCount(0);

    const item = page.getByRole("form", { name: "Hosting console" });
    // Marcus starts ready on everything (seed): first say access was only requested…
    await item.getByLabel("My status").selectOption("requested");
    await item.getByLabel("Note (optional)").fill("Asked Liam for the new console");
    await item.getByRole("button", { name: "Save Hosting console" }).click();
    await expect(item.getByRole("status")).toHaveText("Hosting console: requested.");
    await page.reload();
    await expect(item.getByLabel("My status")).toHaveValue("requested");

    // …then ready, which is what the rotation pages count.
    await item.getByLabel("My status").selectOption("ready");
    await item.getByLabel("Note (optional)").fill("");
    await item.getByRole("button", { name: "Save Hosting console" }).click();
    await expect(item.getByRole("status")).toHaveText("Hosting console: ready.");
    await page.reload();
    await expect(item.getByLabel("My status")).toHaveValue("ready");
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText("Marcus Chen: Hosting console requested → ready");
  });

  test("leaves a handoff note on their rotation, shown as the latest; not on a rotation they are not on", async ({ page }) => {
    await page.goto("/oncall");
    await page.getByRole("main").getByRole("link", { name: "Database", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Database");
    await expect(page.getByRole("textbox", { name: /handoff note/ })).toHaveCount(0);

    await page.goto("/oncall");
    await page.getByRole("main").getByRole("link", { name: "API primary", exact: true }).first().click();
    const section = page.getByRole("region", { name: "Latest handoff note" });
    const note = section.getByRole("textbox", { name: "Leave a handoff note for the next person" });
    // Nothing written: a message on the field, nothing saved.
    await section.getByRole("button", { name: "Save handoff note" }).click();
    await expect(note).toHaveAttribute("aria-invalid", "true");
    await expect(section).toContainText("Write the note first");

    const text = `Deploy freeze until Friday; the 02:00 cron is noisy (${Date.now()}).`;
    await note.fill(text);
    await section.getByRole("button", { name: "Save handoff note" }).click();
    await expect(section.getByRole("status")).toContainText("Handoff note saved.");
    await expect(note).toHaveValue("");
    await expect(section.getByRole("blockquote")).toHaveText(text);
    await expect(section.getByRole("figure")).toContainText("Marcus Chen");
    await page.reload();
    await expect(section.getByRole("blockquote")).toHaveText(text);
  });
});
