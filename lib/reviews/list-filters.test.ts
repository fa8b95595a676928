import { describe, expect, it } from "vitest";
import { actionItemFilters, actionItemsHref, parseActionItemView, parseReviewState } from "./list-filters";

const SERVICE = "3f2b8c1e-8a4d-4e0b-9c61-2d7f5a9e1b44";

describe("review list state in the URL", () => {
  it.each([
    [{ state: "draft" }, "draft"],
    [{ state: "in_review" }, "in_review"],
    [{ state: "published" }, "published"],
    [{ state: ["published", "draft"] }, "published"],
    [{ state: "Published" }, undefined],
    [{ state: "" }, undefined],
    [{}, undefined],
  ])("%j → %s", (params, state) => {
    expect(parseReviewState(params)).toBe(state);
  });
});

describe("action item filters in the URL", () => {
  it("the plain URL is the default: everyone's unfinished items, any service", () => {
    const view = parseActionItemView({});
    expect(view).toEqual({ owner: "", status: "unfinished", service: "" });
    expect(actionItemFilters(view)).toEqual({ owner: undefined, status: ["open", "in_progress"], service: undefined });
    expect(actionItemsHref(view)).toBe("/reviews/action-items");
  });

  it("each choice asks for what it says", () => {
    expect(actionItemFilters(parseActionItemView({ status: "all" })).status).toBeUndefined();
    expect(actionItemFilters(parseActionItemView({ status: "done" })).status).toEqual(["done"]);
    expect(actionItemFilters(parseActionItemView({ status: "wont_do" })).status).toEqual(["wont_do"]);
    expect(actionItemFilters(parseActionItemView({ owner: "demo-emma", service: SERVICE }))).toMatchObject({
      owner: "demo-emma",
      service: SERVICE,
    });
  });

  it("what does not parse is dropped, never an error", () => {
    expect(parseActionItemView({ status: "finished", service: "not-a-uuid", owner: "x".repeat(201) })).toEqual({
      owner: "",
      status: "unfinished",
      service: "",
    });
  });

  it("round-trips through its address", () => {
    const view = { owner: "demo-emma", status: "done" as const, service: SERVICE };
    const href = actionItemsHref(view);
    expect(href).toBe(`/reviews/action-items?owner=demo-emma&status=done&service=${SERVICE}`);
    expect(parseActionItemView(new URL(href, "http://x").searchParams)).toEqual(view);
  });
});
