import "server-only";
// The live feed's source, one per app instance: a dedicated Postgres connection that LISTENs on
// `beacon_incidents` (sent by the timeline's one writer, on commit) and fans each notification
// out to the open event streams. Several app instances each listen, so every viewer hears every
// change whichever instance served the write. When the connection drops (database restart,
// network), it reconnects with backoff and tells every stream to resync, because notifications
// sent while nobody listened are gone.
import pg from "pg";
import { env } from "@/lib/env";

export type LiveMessage =
  | { type: "change"; incident: string; event: number | null }
  | { type: "resync" };
type Listener = (m: LiveMessage) => void;

const CHANNEL = "beacon_incidents";
const PING_MS = 15_000;
const MAX_BACKOFF_MS = 5_000;

class LiveHub {
  private listeners = new Set<Listener>();
  private client: pg.Client | null = null;
  private connecting = false;
  private backoff = 250;
  private ping: NodeJS.Timeout | null = null;
  private waiting: (() => void)[] = [];

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    void this.connect();
    return () => this.listeners.delete(fn);
  }

  get connected(): boolean {
    return this.client !== null;
  }

  /** Resolves once this instance is LISTENing (true), or after `timeoutMs` without (false). */
  listening(timeoutMs: number): Promise<boolean> {
    if (this.client) return Promise.resolve(true);
    void this.connect();
    return new Promise((resolve) => {
      const done = () => resolve(true);
      this.waiting.push(done);
      setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs).unref();
    });
  }

  private emit(m: LiveMessage) {
    for (const fn of this.listeners) fn(m);
  }

  private async connect() {
    if (this.client || this.connecting) return;
    this.connecting = true;
    const client = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true, connectionTimeoutMillis: 3000 });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.ping) clearInterval(this.ping);
      console.error(`live feed: database connection lost (${why}); reconnecting`);
      client.end().catch(() => {});
      this.retry();
    };
    client.on("error", (e) => lost(e.message));
    client.on("end", () => lost("closed"));
    client.on("notification", (n) => {
      try {
        const p = JSON.parse(n.payload ?? "{}") as { incident?: string; event?: number | null };
        if (typeof p.incident === "string") this.emit({ type: "change", incident: p.incident, event: p.event ?? null });
      } catch {
        // Not ours: ignore.
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
      this.backoff = 250;
      // A silent half-open TCP connection would never error: a cheap query now and then notices.
      this.ping = setInterval(() => client.query("select 1").catch((e: Error) => lost(e.message)), PING_MS);
      this.ping.unref();
      // Whatever was sent while nobody listened is gone: every stream refetches. On the first
      // connection too — a stream may have opened before it (its "ready" said live: false).
      this.emit({ type: "resync" });
      for (const w of this.waiting.splice(0)) w();
    } catch {
      client.end().catch(() => {});
      this.retry();
    } finally {
      this.connecting = false;
    }
  }

  private retry() {
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    setTimeout(() => void this.connect(), wait).unref();
  }
}

const g = globalThis as unknown as { beaconLiveHub?: LiveHub };
export function liveHub(): LiveHub {
  g.beaconLiveHub ??= new LiveHub();
  return g.beaconLiveHub;
}
