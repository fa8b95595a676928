import { personById } from "@/lib/db/privileged";
import { dbAs } from "@/lib/db/supabase";
import { toIcs } from "@/lib/oncall/ical";
import { FEED_REFRESH_MINUTES, feedWindow, personFeedEvents, rotationFeedEvents, type FeedContext } from "@/lib/oncall/feed";
import { parseFeedToken } from "@/lib/oncall/feed-schema";
import { feedByToken, rotationPageUrl, rotationsForFeed } from "@/lib/oncall/feed-queries";
import { peopleById } from "@/lib/oncall/queries";

export const dynamic = "force-dynamic";

// A calendar app's subscription: no session, the secret token in the path is the credential.
// There is no middleware gating /api (each route checks its own session), so this route is open by
// construction and checks the token instead. The token is never logged: errors name the step only.

/** One answer for unknown, revoked, malformed and orphaned tokens, so none can be told apart. */
function notFound() {
  return new Response("No such calendar feed.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** ASCII for the download's file name: "API primary" → "api-primary". */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "on-call";
}

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = parseFeedToken((await params).token);
  if (!token) return notFound();
  try {
    const feed = await feedByToken(token);
    if (!feed) return notFound();
    // Read as the feed's owner: RLS decides what the feed shows, as for the owner signed in.
    const owner = await personById(feed.owner_id);
    if (!owner) return notFound();
    const db = await dbAs(owner);
    const now = new Date();
    const { from, to } = feedWindow(now);
    const [rotations, people] = await Promise.all([rotationsForFeed(db, from, to), peopleById(db)]);
    const names = new Map(rotations.map((r) => [r.id, r.name]));
    const ctx: FeedContext = {
      setups: rotations.map((r) => r.setup),
      rotationName: (id) => names.get(id) ?? "a rotation",
      nameOf: (id) => people.get(id)?.name ?? "someone",
      rotationUrl: rotationPageUrl,
      from,
      to,
    };

    let name: string;
    let events;
    if (feed.scope === "rotation") {
      const rotation = feed.rotation_id ? names.get(feed.rotation_id) : undefined;
      if (!rotation || !feed.rotation_id) return notFound();
      name = `${rotation} on call`;
      events = rotationFeedEvents(feed.rotation_id, ctx);
    } else {
      const person = feed.person_id ? people.get(feed.person_id) : undefined;
      if (!person) return notFound();
      name = `On call: ${person.name}`;
      events = personFeedEvents(person.id, ctx);
    }
    const body = toIcs({ name, description: "From Beacon. Times are exact instants; your calendar shows them in your zone.", refreshMinutes: FEED_REFRESH_MINUTES, events, now });
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="${slug(name)}.ics"`,
        // Private: the feed is one person's view. Five minutes absorbs a client's bursts of retries.
        "cache-control": "private, max-age=300",
        "x-robots-tag": "noindex",
      },
    });
  } catch (e) {
    console.error(`calendar feed failed: ${(e as Error).message}`);
    return new Response("The calendar feed is unavailable right now; your calendar app will try again.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "300" },
    });
  }
}
