"use server";
import { createHash } from "node:crypto";
import { action } from "@/lib/actions/action";
import { fromDbError } from "@/lib/actions/result";
import { FEED_SUMMARY_COLUMNS, createFeedSchema, revokeFeedSchema, type CreatedFeed, type FeedSummary } from "./feed-schema";
import { feedUrl } from "./feed-queries";

// Calendar feeds: anyone signed in makes feeds for themself (RLS: owner is the caller) and
// revokes their own. The token is shown once, here; only its SHA-256 is stored.

export const createCalendarFeed = action({ schema: createFeedSchema }, async (input, { person, db }) => {
  const { data: token, error } = await db.rpc("create_calendar_feed", {
    scope: input.scope,
    rotation_id: input.scope === "rotation" ? input.rotation_id : null,
    // "My shifts": always the signed-in person's own.
    person_id: input.scope === "person" ? person.id : null,
    label: input.label,
  });
  if (error) {
    // The rotation was deleted while the form was open.
    if (error.code === "23503") return { ok: false, message: "That rotation no longer exists." };
    return fromDbError(error);
  }
  // The row just made, found by its hash (as stored), not by "newest": a double submit makes two.
  const hash = createHash("sha256").update(token as string).digest("hex");
  const made = await db.from("calendar_feed_tokens").select(FEED_SUMMARY_COLUMNS).eq("token_hash", `\\x${hash}`).single();
  if (made.error) return fromDbError(made.error);
  return { ok: true, data: { feed: made.data as FeedSummary, url: feedUrl(token as string) } satisfies CreatedFeed };
});

export const revokeCalendarFeed = action({ schema: revokeFeedSchema }, async (input, { person, db }) => {
  // Only the person's own (the list shows only theirs), and only once: a revoked feed stays revoked.
  const { data, error } = await db
    .from("calendar_feed_tokens")
    .update({ revoked_at: new Date().toISOString() })
    .eq("id", input.id)
    .eq("owner_id", person.id)
    .is("revoked_at", null)
    .select(FEED_SUMMARY_COLUMNS)
    .maybeSingle();
  if (error) return fromDbError(error);
  if (!data) return { ok: false, message: "That feed is already revoked, or is not yours." };
  return { ok: true, data: data as FeedSummary };
});
