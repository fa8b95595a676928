import { describe, expect, it } from "vitest";
import { decideDraft, readDraft, writeDraft, type LocalDraft } from "./local-draft";

const server = (version: number, text: string) => ({ version, content: { text } });
const draft = (base: number, text: string): LocalDraft<{ text: string }> => ({ base, content: { text }, at: 1 });

describe("decideDraft: which words win when the page loads", () => {
  it("takes the server's when there is no draft", () => {
    expect(decideDraft(null, server(3, "saved"))).toEqual({ use: "server" });
  });

  it("drops a draft that says what the server says (it was saved after all)", () => {
    expect(decideDraft(draft(2, "saved"), server(3, "saved"))).toEqual({ use: "server" });
  });

  it("restores a draft typed on the version the server still has", () => {
    expect(decideDraft(draft(3, "saved and more"), server(3, "saved"))).toEqual({ use: "draft", content: { text: "saved and more" } });
  });

  it("asks the person when someone saved since the draft's version", () => {
    expect(decideDraft(draft(3, "mine"), server(4, "theirs"))).toEqual({ use: "conflict", mine: { text: "mine" } });
  });

  it("never drops different words silently, even from a draft claiming a newer version", () => {
    expect(decideDraft(draft(9, "mine"), server(4, "theirs"))).toEqual({ use: "conflict", mine: { text: "mine" } });
  });
});

describe("readDraft / writeDraft", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };

  it("round-trips a draft", () => {
    const s = memory();
    expect(writeDraft(s, "k", draft(2, "hello"))).toBe(true);
    expect(readDraft(s, "k")).toEqual(draft(2, "hello"));
  });

  it("ignores what is not a draft of ours", () => {
    const s = memory();
    s.setItem("a", "not json");
    s.setItem("b", JSON.stringify({ content: "x" }));
    expect(readDraft(s, "a")).toBeNull();
    expect(readDraft(s, "b")).toBeNull();
    expect(readDraft(null, "a")).toBeNull();
  });

  it("says so when the device refuses to store", () => {
    const full = { setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(writeDraft(full, "k", draft(1, "x"))).toBe(false);
  });
});
