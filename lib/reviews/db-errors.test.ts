import { describe, expect, it } from "vitest";
import { missingFromError, PUBLISHED_MESSAGE, reviewDbError } from "./db-errors";

describe("database refusals in words", () => {
  it.each([
    ["published", { code: "42501", message: "this review is published: only action item status can change" }, { ok: false, message: PUBLISHED_MESSAGE }],
    ["not resolved", { code: "23514", message: "only a resolved incident can be reviewed" }, { ok: false, message: "Resolve the incident before starting its review." }],
    ["not submitted", { code: "P0001", message: "submit the review for review before publishing it" }, { ok: false, message: "Submit the review for review before publishing it." }],
    ["gone", { code: "P0002", message: "no such review" }, { ok: false, message: "Not found — it may have been deleted." }],
    [
      "tracker link (check constraint)",
      { code: "23514", message: 'new row for relation "review_action_items" violates check constraint "review_action_items_tracker_url_check"' },
      { ok: false, message: "Some fields need attention.", fieldErrors: { tracker_url: "Link to the tracker with an http:// or https:// address" } },
    ],
    [
      "owner removed (foreign key)",
      { code: "23503", message: 'insert or update on table "review_action_items" violates foreign key constraint "review_action_items_owner_id_fkey"' },
      { ok: false, message: "Some fields need attention.", fieldErrors: { owner_id: "Pick a person from the list — they may have just been removed" } },
    ],
    ["no rights", { code: "42501", message: "permission denied for table reviews" }, { ok: false, message: "You are not allowed to do that." }],
    ["a constraint named 'constructor' finds nothing", { code: "23514", message: 'violates check constraint "constructor"' }, { ok: false, message: "A value is not allowed here." }],
  ])("%s", (_name, err, result) => {
    expect(reviewDbError(err)).toEqual(result);
  });
});

describe("publish_review's missing list", () => {
  const missing = [{ section: "summary", message: "Write a summary" }];
  it("read from details", () => {
    expect(missingFromError({ code: "23514", message: "this review is not ready to publish", details: JSON.stringify(missing) })).toEqual(missing);
  });
  it.each([
    ["another check", { code: "23514", message: "other", details: "[]" }],
    ["details not JSON", { code: "23514", message: "this review is not ready to publish", details: "oops" }],
    ["details not a list", { code: "23514", message: "this review is not ready to publish", details: "{}" }],
  ])("none for %s", (_name, err) => {
    expect(missingFromError(err)).toBeNull();
  });
});
