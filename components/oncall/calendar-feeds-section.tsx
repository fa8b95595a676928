import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listMyFeeds } from "@/lib/oncall/feed-queries";
import { CalendarFeeds } from "./calendar-feeds";

/** The signed-in person's calendar feeds for their shifts, or for one rotation; loads its own list. */
export async function CalendarFeedsSection(props: { scope: "person"; heading?: "h2" | "h3" } | { scope: "rotation"; rotationId: string; heading?: "h2" | "h3" }) {
  const me = await requirePerson();
  const feeds = await listMyFeeds(await dbAs(me), me.id, props.scope === "rotation" ? { scope: "rotation", rotationId: props.rotationId } : { scope: "person" });
  return (
    <CalendarFeeds
      scope={props.scope}
      rotationId={props.scope === "rotation" ? props.rotationId : null}
      initialFeeds={feeds}
      timeZone={me.time_zone}
      heading={props.heading}
    />
  );
}
