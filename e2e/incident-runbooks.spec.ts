// A runbook used during an incident: suggested from the incident's services and severity,
// attached with one click, its checklist ticked per incident — ticks survive a reload and are
// told on the timeline.
import { test, expect, signedInAs } from "./support/fixtures";
import { declareIncident, timelineEntries, uniqueTitle } from "./support/incidents";

test.use(signedInAs("responder"));

test("a suggested runbook is attached, its ticks survive a reload and show on the timeline", async ({ page }) => {
  await declareIncident(page, { title: uniqueTitle("runbook use"), severity: "P1", services: ["Database"] });
  const runbooks = page.getByRole("region", { name: "Runbooks" });
  // The database outage runbook is about the database service: suggested, with the reason.
  const suggestion = runbooks.getByRole("listitem").filter({ hasText: "Database or Supabase outage" });
  await expect(suggestion).toContainText("about database");
  await suggestion.getByRole("button", { name: /Use this runbook/ }).click();

  const checklist = page.getByTestId("checklist-database-supabase-outage");
  await expect(checklist).toBeVisible();
  await expect(checklist).toContainText("0 of");
  const steps = checklist.getByRole("checkbox");
  const firstStep = (await checklist.locator("li label span").first().innerText()).trim();
  await steps.nth(0).check();
  await steps.nth(2).check();
  await expect(checklist).toContainText("2 of");
  await expect(timelineEntries(page, "runbook_step")).toHaveCount(2);

  await page.reload();
  const again = page.getByTestId("checklist-database-supabase-outage");
  await expect(again.getByRole("checkbox").nth(0)).toBeChecked();
  await expect(again.getByRole("checkbox").nth(1)).not.toBeChecked();
  await expect(again.getByRole("checkbox").nth(2)).toBeChecked();
  await expect(again).toContainText("Marcus Chen");
  await expect(timelineEntries(page, "runbook_attached")).toContainText("Database or Supabase outage");
  await expect(timelineEntries(page, "runbook_step").last()).toContainText(`ticked “${firstStep}”`);
  // Attached runbooks are no longer suggested.
  await expect(page.getByRole("region", { name: "Runbooks" }).getByRole("button", { name: /Use this runbook: Database or Supabase/ })).toHaveCount(0);

  await again.getByRole("checkbox").nth(2).uncheck();
  await expect(again).toContainText("1 of");
  await expect(timelineEntries(page, "runbook_step").first()).toContainText("unticked");
});
