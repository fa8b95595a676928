// Calendar feeds: the form's schema (shared by the client form and the server action), the shape
// of a feed as the list shows it, and the token as it appears in a feed's URL.
import { z } from "zod";

export const FEED_LABEL_MAX = 100;

/**
 * A new feed. "person" is always the signed-in person's own shifts (the action fills in who);
 * "rotation" needs the rotation. The label says where the feed is used, to know which to revoke.
 */
export const createFeedSchema = z
  .object({
    scope: z.enum(["person", "rotation"]),
    rotation_id: z.uuid().nullable().default(null),
    label: z
      .string()
      .trim()
      .max(FEED_LABEL_MAX, { error: `A label can be at most ${FEED_LABEL_MAX} characters` }),
  })
  .refine((v) => (v.scope === "rotation") === (v.rotation_id !== null), {
    error: "A rotation feed needs its rotation",
    path: ["rotation_id"],
  });
export type CreateFeedInput = z.input<typeof createFeedSchema>;

export const revokeFeedSchema = z.object({ id: z.uuid() });

/** A feed in the list: never its token (only its hash is kept) nor the hash. */
export interface FeedSummary {
  id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}
export const FEED_SUMMARY_COLUMNS = "id,label,created_at,revoked_at,last_used_at";

/** What create hands back once: the feed and its full address. */
export interface CreatedFeed {
  feed: FeedSummary;
  url: string;
}

/**
 * The token in a feed URL, "<64 hex>" with an optional ".ics" (some calendar apps want the
 * extension); null for anything else, which is answered like an unknown token.
 */
export function parseFeedToken(segment: string): string | null {
  const token = segment.endsWith(".ics") ? segment.slice(0, -4) : segment;
  return /^[0-9a-f]{64}$/.test(token) ? token : null;
}
