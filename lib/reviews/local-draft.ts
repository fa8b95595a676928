// What the review editor keeps on this device so no words are lost: every change to a section is
// written to localStorage at once, with the server version it was typed on top of. Pure apart from
// the Storage passed in, so the rule "which wins when" is tested on its own (local-draft.test.ts).
//
// The rule, when the page loads with the server's section and a local draft:
//   - no draft, or the draft says what the server says      → the server's (draft dropped)
//   - draft typed on the version the server still has       → the draft: restore it and save it
//   - draft typed on an older version (someone saved since) → both: a conflict the person settles
//   - draft claims a newer version than the server's        → cannot happen honestly; the server's
//     (a draft from a deleted and restarted review, say) — but only when the words are equal;
//     otherwise a conflict too, so nothing is dropped silently.
import type { Section } from "./model";

export interface LocalDraft<C = unknown> {
  /** The server version this draft was typed on top of. */
  base: number;
  content: C;
  /** When it was last changed on this device (ms since epoch). */
  at: number;
}

export type DraftDecision<C> =
  | { use: "server" }
  | { use: "draft"; content: C }
  | { use: "conflict"; mine: C };

export const draftKey = (reviewId: string, section: Section) => `beacon.review-draft.${reviewId}.${section}`;

/** Same words: compared as JSON, which is how both were stored and sent. */
export const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function decideDraft<C>(draft: LocalDraft<C> | null, server: { version: number; content: C }): DraftDecision<C> {
  if (!draft || sameContent(draft.content, server.content)) return { use: "server" };
  if (draft.base === server.version) return { use: "draft", content: draft.content };
  return { use: "conflict", mine: draft.content };
}

/** A stored draft, or null when there is none or it is not one of ours (hand-edited, old shape). */
export function readDraft<C>(storage: Pick<Storage, "getItem"> | null, key: string): LocalDraft<C> | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<LocalDraft<C>>;
    if (typeof d !== "object" || d === null || !Number.isInteger(d.base) || typeof d.at !== "number" || !("content" in d)) {
      return null;
    }
    return d as LocalDraft<C>;
  } catch {
    return null;
  }
}

/** False when the device refused (storage full or disabled): the editor then says so. */
export function writeDraft(storage: Pick<Storage, "setItem"> | null, key: string, draft: LocalDraft): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(storage: Pick<Storage, "removeItem"> | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a draft that stays is compared with the server next time and dropped then.
  }
}
