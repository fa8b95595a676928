import { describe, expect, it } from "vitest";
import { differences } from "./section-diff";

describe("differences", () => {
  it("lists only the texts that differ, with both sides", () => {
    expect(differences({ went_well: "a", went_wrong: "b", lucky: "" }, { went_well: "a", went_wrong: "c", lucky: "" })).toEqual([
      { path: "went_wrong", theirs: "b", mine: "c" },
    ]);
  });

  it("keys list entries by id, so a reorder is not a difference but an edit is", () => {
    const theirs = { entries: [{ id: "x", text: "one" }, { id: "y", text: "two" }] };
    const mine = { entries: [{ id: "y", text: "two" }, { id: "x", text: "one!" }] };
    expect(differences(theirs, mine)).toEqual([{ path: "entries.x.text", theirs: "one", mine: "one!" }]);
  });

  it("shows an entry only one side has against an empty other side", () => {
    expect(differences({ five_whys: ["a"] }, { five_whys: ["a", "b"] })).toEqual([{ path: "five_whys.1", theirs: "", mine: "b" }]);
  });

  it("finds nothing when the words are the same", () => {
    expect(differences({ text: "same" }, { text: "same" })).toEqual([]);
  });
});
