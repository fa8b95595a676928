import { describe, expect, it } from "vitest";
import { combineSaveStates, isUnsaved } from "./save-status";

describe("combineSaveStates", () => {
  it("shows the latest save when every section is saved or untouched", () => {
    expect(combineSaveStates([{ kind: "saved", at: 5 }, { kind: "idle" }, { kind: "saved", at: 9 }])).toEqual({ kind: "saved", at: 9 });
  });

  it("lets worse news win: conflict over failing over offline over saving", () => {
    expect(combineSaveStates([{ kind: "saving" }, { kind: "offline" }]).kind).toBe("offline");
    expect(combineSaveStates([{ kind: "offline" }, { kind: "retrying", message: "x" }]).kind).toBe("retrying");
    expect(combineSaveStates([{ kind: "retrying", message: "x" }, { kind: "conflict", by: "Ana" }])).toEqual({ kind: "conflict", by: "Ana" });
    expect(combineSaveStates([{ kind: "saved", at: 1 }, { kind: "pending" }]).kind).toBe("pending");
  });

  it("is idle with no sections", () => {
    expect(combineSaveStates([])).toEqual({ kind: "idle" });
  });
});

describe("isUnsaved", () => {
  it("is true only while words are not on the server", () => {
    expect(isUnsaved({ kind: "saved", at: 1 })).toBe(false);
    expect(isUnsaved({ kind: "idle" })).toBe(false);
    expect(isUnsaved({ kind: "pending" })).toBe(true);
    expect(isUnsaved({ kind: "offline" })).toBe(true);
  });
});
