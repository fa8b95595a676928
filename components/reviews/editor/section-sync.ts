"use client";
// One review section's words between this device and the server, so none are lost:
//   - every edit goes to localStorage at once (lib/reviews/local-draft.ts), then a debounced save;
//   - one save in flight per section, each naming the version the last save returned;
//   - offline or unreachable: the draft stays on this device and the save is retried (and again
//     on the `online` event);
//   - someone else saved first (SectionConflict): nothing is sent until the person chooses —
//     keep mine (saved over their version) or take theirs.
// A plain object with subscribe/getSnapshot, read through useSyncExternalStore: timers and the
// in-flight flag must not wait for React renders.
import { saveSection } from "@/lib/reviews/actions";
import { PUBLISHED_MESSAGE } from "@/lib/reviews/db-errors";
import { decideDraft, draftKey, dropDraft, readDraft, writeDraft } from "@/lib/reviews/local-draft";
import type { Section, SectionContent, SectionRecord } from "@/lib/reviews/model";
import type { SectionSaveState } from "@/lib/reviews/save-status";
import { sectionSchemas } from "@/lib/reviews/schema";
import type { SectionVersion } from "@/lib/reviews/queries";
import type { FieldErrors } from "@/lib/actions/result";

export const DEBOUNCE_MS = 800;
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

export interface SectionConflictView<S extends Section> {
  theirs: SectionRecord<S>;
  by: string;
  mine: SectionContent<S>;
}

export interface SyncSnapshot<S extends Section> {
  content: SectionContent<S>;
  version: number;
  state: SectionSaveState;
  /** Per-field messages from the step's schema (paths relative to the content). */
  errors: FieldErrors;
  conflict: SectionConflictView<S> | null;
  /** Someone else saved this section since we last did (seen by polling), before any conflict. */
  remote: { by: string; at: string } | null;
  /** localStorage refused the draft (full or disabled). */
  deviceFull: boolean;
  /**
   * Bumped when the content is replaced from outside the form (a restored draft, their version
   * taken): steps that keep a field's raw text of their own start again from the content.
   */
  generation: number;
}

function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const i of error.issues) out[i.path.map(String).join(".") || "_form"] ??= i.message;
  return out;
}

const storage = () => (typeof window === "undefined" ? null : window.localStorage);
const online = () => typeof navigator === "undefined" || navigator.onLine !== false;

export class SectionSync<S extends Section> {
  private snap: SyncSnapshot<S>;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  /** Content changed since the last save was sent. */
  private dirty = false;
  private retryMs = RETRY_FIRST_MS;
  private readonly key: string;

  constructor(
    private readonly reviewId: string,
    readonly section: S,
    record: SectionRecord<S>,
    private readonly meId: string,
    private readonly nameOf: (personId: string | null) => string,
  ) {
    this.key = draftKey(reviewId, section);
    this.snap = {
      content: record.content,
      version: record.version,
      state: { kind: "idle" },
      errors: {},
      conflict: null,
      remote: null,
      deviceFull: false,
      generation: 0,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snap;

  private set(patch: Partial<SyncSnapshot<S>>) {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  /** After mount: a draft left on this device wins, or conflicts, or is dropped (decideDraft). */
  restoreLocal(server: SectionRecord<S>) {
    const draft = readDraft<SectionContent<S>>(storage(), this.key);
    const decision = decideDraft(draft, server);
    if (decision.use === "server") {
      if (draft) dropDraft(storage(), this.key);
      return;
    }
    if (decision.use === "draft") {
      this.edit(decision.content);
      this.set({ generation: this.snap.generation + 1 });
      this.flush();
      return;
    }
    this.dirty = true;
    this.set({
      generation: this.snap.generation + 1,
      content: decision.mine,
      conflict: { theirs: server, by: this.nameOf(server.updated_by), mine: decision.mine },
      state: { kind: "conflict", by: this.nameOf(server.updated_by) },
    });
  }

  edit(content: SectionContent<S>) {
    const checked = sectionSchemas[this.section].safeParse(content);
    const saved = writeDraft(storage(), this.key, { base: this.snap.version, content, at: Date.now() });
    this.dirty = true;
    this.set({
      content,
      errors: checked.success ? {} : issuesOf(checked.error),
      deviceFull: !saved,
      state: this.snap.conflict ? this.snap.state : { kind: "pending" },
      conflict: this.snap.conflict ? { ...this.snap.conflict, mine: content } : null,
    });
    this.schedule(DEBOUNCE_MS);
  }

  /** Save now (blur, step change, back online); a no-op when nothing changed. */
  flush() {
    this.schedule(0);
  }

  /** Resolves when nothing is in flight or waiting (before submitting or publishing). */
  async settle(): Promise<void> {
    this.flush();
    // Bounded: offline or in conflict, the words stay here and the server says what is missing.
    for (let i = 0; i < 50 && (this.inFlight || this.timer); i++) {
      if (this.inFlight) await this.inFlight;
      else {
        this.flush();
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  get unsaved() {
    return this.dirty || this.inFlight !== null;
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, ms);
  }

  private async save(): Promise<void> {
    if (this.inFlight) {
      // One save at a time: the next goes when this one answers (it sees `dirty`).
      return;
    }
    if (!this.dirty || this.snap.conflict) return;
    const content = this.snap.content;
    if (!sectionSchemas[this.section].safeParse(content).success) {
      // The server would refuse it too; the words stay on this device until the field is fixed.
      this.set({ state: { kind: "invalid" } });
      return;
    }
    if (!online()) {
      this.set({ state: { kind: "offline" } });
      return;
    }
    this.dirty = false;
    this.set({ state: { kind: "saving" } });
    const run = this.send(content);
    this.inFlight = run;
    await run;
    this.inFlight = null;
    if (this.dirty && !this.snap.conflict && this.snap.state.kind !== "retrying" && this.snap.state.kind !== "offline") {
      this.schedule(DEBOUNCE_MS);
    }
  }

  private async send(content: SectionContent<S>) {
    let result: Awaited<ReturnType<typeof saveSection>>;
    try {
      result = await saveSection({
        review_id: this.reviewId,
        section: this.section,
        version: this.snap.version,
        content,
      } as Parameters<typeof saveSection>[0]);
    } catch {
      // The request never got an answer: no network, or the server is down or restarting.
      this.dirty = true;
      this.set({ state: online() ? { kind: "retrying", message: "Beacon could not be reached" } : { kind: "offline" } });
      if (online()) this.retryLater();
      return;
    }
    if (result.ok) {
      const record = result.data as SectionRecord<S>;
      this.retryMs = RETRY_FIRST_MS;
      if (this.dirty) {
        // Typed on while it saved: keep the newer words, now on top of the new version.
        writeDraft(storage(), this.key, { base: record.version, content: this.snap.content, at: Date.now() });
        this.set({ version: record.version, remote: null, state: { kind: "pending" } });
      } else {
        // The server's copy (a timeline comes back sorted) is what was typed.
        dropDraft(storage(), this.key);
        this.set({ version: record.version, content: record.content, remote: null, state: { kind: "saved", at: Date.now() } });
      }
      return;
    }
    this.dirty = true;
    if ("conflict" in result && result.conflict) {
      const theirs = result.conflict.theirs as SectionRecord<S>;
      this.set({
        conflict: { theirs, by: result.conflict.by, mine: this.snap.content },
        state: { kind: "conflict", by: result.conflict.by },
      });
      return;
    }
    if ("fieldErrors" in result && result.fieldErrors) {
      const errors: FieldErrors = {};
      for (const [k, v] of Object.entries(result.fieldErrors)) errors[k.replace(/^content\./, "")] = v;
      this.set({ errors, state: { kind: "invalid" } });
      return;
    }
    this.set({ state: { kind: "retrying", message: result.message } });
    if (result.message !== PUBLISHED_MESSAGE) this.retryLater();
  }

  private retryLater() {
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    this.schedule(wait);
  }

  /** The browser says the network is back. */
  wentOnline() {
    this.retryMs = RETRY_FIRST_MS;
    if (this.dirty) this.flush();
  }

  wentOffline() {
    if (this.dirty) this.set({ state: { kind: "offline" } });
  }

  /** Keep my words: save them over their version. */
  keepMine() {
    const c = this.snap.conflict;
    if (!c) return;
    this.dirty = true;
    writeDraft(storage(), this.key, { base: c.theirs.version, content: this.snap.content, at: Date.now() });
    this.set({ version: c.theirs.version, conflict: null, remote: null, state: { kind: "pending" } });
    this.flush();
  }

  /** Take their words: mine are dropped from this device too. */
  takeTheirs() {
    const c = this.snap.conflict;
    if (!c) return;
    this.dirty = false;
    if (this.timer) clearTimeout(this.timer);
    dropDraft(storage(), this.key);
    this.set({
      version: c.theirs.version,
      content: c.theirs.content,
      conflict: null,
      remote: null,
      errors: {},
      generation: this.snap.generation + 1,
      state: { kind: "saved", at: Date.parse(c.theirs.updated_at) },
    });
  }

  /** A poll saw the server's version: tell the person early if someone else is editing. */
  noteServerVersion(v: SectionVersion) {
    if (v.version <= this.snap.version || this.inFlight || v.updated_by === this.meId) return;
    if (this.snap.remote?.at === v.updated_at) return;
    this.set({ remote: { by: this.nameOf(v.updated_by), at: v.updated_at } });
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }
}
