import "server-only";
import type { SupabaseClient } from "@supabase/supabase-js";
import { env } from "@/lib/env";
import { serverFetch } from "@/lib/db/fetch";
import { FEED_SUMMARY_COLUMNS, type FeedSummary } from "./feed-schema";
import { widenedRange } from "./feed";
import { listRotations, type RotationRecord } from "./queries";

// Reads behind calendar feeds: the token lookup (as anon, since a calendar app has no session),
// the signed-in person's own feeds, and the schedule a feed is built from (as the feed's owner).

export interface FeedTarget {
  owner_id: string;
  scope: "rotation" | "person";
  rotation_id: string | null;
  person_id: string | null;
}

/**
 * The feed a token opens, or null (unknown, revoked, or its owner gone). As the anon role: the
 * lookup function is the only thing anon may call. Throws when the data API cannot answer, so
 * the caller can say "try later" rather than "no such feed".
 */
export async function feedByToken(token: string): Promise<FeedTarget | null> {
  const e = env();
  const res = await serverFetch(`${e.SUPABASE_URL}/rest/v1/rpc/calendar_feed_lookup`, {
    method: "POST",
    headers: {
      apikey: e.SUPABASE_ANON_KEY,
      authorization: `Bearer ${e.SUPABASE_ANON_KEY}`,
      "content-type": "application/json",
      accept: "application/json",
    },
    body: JSON.stringify({ token }),
  });
  // The status only: the body could echo the request, and the token must never reach a log.
  if (!res.ok) throw new Error(`calendar_feed_lookup: ${res.status}`);
  const rows = (await res.json()) as FeedTarget[];
  return rows[0] ?? null;
}

/** The signed-in person's own feeds of one kind (leads and admins could see everyone's; the list is "yours"). */
export async function listMyFeeds(
  db: SupabaseClient,
  personId: string,
  target: { scope: "person" } | { scope: "rotation"; rotationId: string },
): Promise<FeedSummary[]> {
  let q = db.from("calendar_feed_tokens").select(FEED_SUMMARY_COLUMNS).eq("owner_id", personId).eq("scope", target.scope);
  q = target.scope === "rotation" ? q.eq("rotation_id", target.rotationId) : q.eq("person_id", personId);
  const { data, error } = await q.order("revoked_at", { ascending: false, nullsFirst: true }).order("created_at", { ascending: false });
  if (error) throw new Error(`listMyFeeds: ${error.code} ${error.message}`);
  return data as FeedSummary[];
}

/**
 * Every rotation with the overrides a feed over [from, to) needs. Blocks running across the
 * window's ends are taken whole (feed.ts widenedRange), so overrides around them matter too: read
 * with a margin that covers shifts up to five weeks, and read again in the rare case that a
 * longer shift reaches past it.
 */
export async function rotationsForFeed(db: SupabaseClient, from: Date, to: Date): Promise<RotationRecord[]> {
  const MARGIN = 35 * 86_400_000;
  const read = [new Date(from.getTime() - MARGIN), new Date(to.getTime() + MARGIN)] as const;
  const rotations = await listRotations(db, read[0], read[1]);
  const ranges = rotations.map((r) => widenedRange(r.setup, from, to));
  const lo = Math.min(read[0].getTime(), ...ranges.map((r) => r.from.getTime()));
  const hi = Math.max(read[1].getTime(), ...ranges.map((r) => r.to.getTime()));
  if (lo === read[0].getTime() && hi === read[1].getTime()) return rotations;
  return listRotations(db, new Date(lo), new Date(hi));
}

/** The public address of a feed: the app's configured URL, never the request's Host header. */
export function feedUrl(token: string): string {
  const base = env().BETTER_AUTH_URL;
  return new URL(`api/calendar/${token}.ics`, base.endsWith("/") ? base : `${base}/`).toString();
}

/** The app's own page for a rotation, for links inside feed events. */
export function rotationPageUrl(rotationId: string): string {
  const base = env().BETTER_AUTH_URL;
  return new URL(`oncall/${rotationId}`, base.endsWith("/") ? base : `${base}/`).toString();
}
