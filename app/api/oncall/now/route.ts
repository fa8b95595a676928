import { currentPerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listOnCallSetups } from "@/lib/oncall/now-query";
import { onCallNowRows, serverTiming } from "@/lib/oncall/now-response";

export const dynamic = "force-dynamic";

/**
 * Who is on call now in every rotation the signed-in person can see (RLS decides, via PostgREST):
 * [{rotationId, name, primary, secondary, alsoOnCall, changesAt}]. Server-Timing says where the
 * time went: the read (db) and the schedule math (compute).
 */
export async function GET() {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const db = await dbAs(person);
  const now = new Date();
  const t0 = performance.now();
  let setups;
  try {
    setups = await listOnCallSetups(db, now);
  } catch {
    // The data API is down or refused: say so plainly rather than a bare 500.
    return Response.json({ message: "Could not load who is on call; try again in a moment." }, { status: 503 });
  }
  const t1 = performance.now();
  const rows = onCallNowRows(setups, now);
  const t2 = performance.now();
  return Response.json(rows, {
    headers: { "cache-control": "private, no-store", "server-timing": serverTiming({ db: t1 - t0, compute: t2 - t1 }) },
  });
}
