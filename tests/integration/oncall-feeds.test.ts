// Calendar feeds through PostgREST: the token lookup a calendar app's request goes through (as
// anon, since it has no session), and who may read, revoke and un-revoke feed tokens.
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, createPerson, rest, type TestPerson } from "../support/db";

const REPR = "return=representation";
const lookup = (token: unknown, as: string | null = null) =>
  rest<unknown[]>("rpc/calendar_feed_lookup", { token: as, method: "POST", body: { token } });
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

let owner: TestPerson;
let other: TestPerson;
let lead: TestPerson;
let rotation: string;

/** A feed made the way the app makes one: create_calendar_feed as its owner, token returned once. */
async function makeFeed(who: TestPerson, body: Record<string, unknown>): Promise<{ token: string; id: string }> {
  const made = await rest<string>("rpc/create_calendar_feed", { token: who.token, method: "POST", body });
  expect(made.status).toBe(200);
  const { rows } = await admin().query<{ id: string }>("select id from public.calendar_feed_tokens where token_hash = $1", [
    Buffer.from(sha256(made.body), "hex"),
  ]);
  return { token: made.body, id: rows[0].id };
}
const feedRow = async (id: string) =>
  (await admin().query("select revoked_at, last_used_at, label from public.calendar_feed_tokens where id = $1", [id])).rows[0];

beforeAll(async () => {
  [owner, other, lead] = await Promise.all([createPerson("responder", "Feed owner"), createPerson("responder", "Feed other"), createPerson("lead", "Feed lead")]);
  const { rows } = await admin().query<{ id: string }>(
    `insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date)
     values ($1, 'Europe/London', 'days', 1, '09:00', '2026-12-01') returning id`,
    [`t-feed-rotation-${randomBytes(4).toString("hex")}`],
  );
  rotation = rows[0].id;
  await admin().query("insert into public.rotation_participants (rotation_id, position, person_id) values ($1, 0, $2)", [rotation, owner.id]);
});

describe("calendar_feed_lookup, as a calendar app calls it (anon)", () => {
  it("opens a live feed: its owner and target, never the hash; and stamps last_used_at at most hourly, with no history", async () => {
    const person = await makeFeed(owner, { scope: "person", person_id: owner.id, label: "phone" });
    const rot = await makeFeed(owner, { scope: "rotation", rotation_id: rotation });
    expect(await lookup(person.token)).toEqual({ status: 200, body: [{ owner_id: owner.id, scope: "person", rotation_id: null, person_id: owner.id }] });
    expect(await lookup(rot.token)).toEqual({ status: 200, body: [{ owner_id: owner.id, scope: "rotation", rotation_id: rotation, person_id: null }] });

    const first = (await feedRow(person.id)).last_used_at as Date;
    expect(first).toBeInstanceOf(Date);
    await lookup(person.token);
    expect((await feedRow(person.id)).last_used_at).toEqual(first);
    // An hour later, the next fetch moves it.
    await admin().query("update public.calendar_feed_tokens set last_used_at = last_used_at - interval '2 hours' where id = $1", [person.id]);
    await lookup(person.token);
    expect(((await feedRow(person.id)).last_used_at as Date).getTime()).toBeGreaterThanOrEqual(first.getTime());

    const history = await admin().query("select action from public.oncall_changes where entity_type = 'calendar_feed_tokens' and entity_id = $1", [person.id]);
    expect(history.rows).toEqual([{ action: "insert" }]);
    // Signed-in callers get the same answer (the app only calls it as anon).
    expect((await lookup(rot.token, other.token)).body).toEqual([expect.objectContaining({ owner_id: owner.id })]);
  });

  it("answers a revoked, unknown, malformed or orphaned token with the same empty list", async () => {
    const revoked = await makeFeed(owner, { scope: "person", person_id: owner.id });
    await admin().query("update public.calendar_feed_tokens set revoked_at = now() where id = $1", [revoked.id]);
    const leaver = await createPerson("responder", "Feed leaver");
    const orphan = await makeFeed(leaver, { scope: "person", person_id: leaver.id });
    await admin().query(`delete from better_auth."user" where id = $1`, [leaver.id]);

    const live = await makeFeed(owner, { scope: "person", person_id: owner.id });
    for (const token of [
      revoked.token,
      orphan.token,
      randomBytes(32).toString("hex"),
      live.token.toUpperCase(),
      `${live.token}.ics`,
      live.token.slice(1),
      sha256(live.token), // the stored hash is not a key to anything
      "' or true --",
      "",
      null,
    ]) {
      expect(await lookup(token), String(token)).toEqual({ status: 200, body: [] });
    }
    expect((await feedRow(revoked.id)).last_used_at).toBeNull();
  });

  it("is callable by anon and signed-in people only through its grants; the table itself stays closed to anon", async () => {
    const { rows } = await admin().query<{ definer: boolean; config: string[]; acl: string; volatile: string }>(
      `select prosecdef as definer, proconfig as config, proacl::text as acl, provolatile as volatile
       from pg_proc where oid = 'public.calendar_feed_lookup(text)'::regprocedure`,
    );
    expect(rows[0]).toMatchObject({ definer: true, config: ["search_path=\"\""], volatile: "v" });
    // No "=X/" entry: PUBLIC cannot execute it; anon and authenticated are granted by name.
    expect(rows[0].acl).not.toMatch(/[{,]=X/);
    expect(rows[0].acl).toMatch(/anon=X/);
    expect(rows[0].acl).toMatch(/authenticated=X/);
    expect(await rest("calendar_feed_tokens?select=*", { token: null })).toMatchObject({ status: 401, body: { code: "42501" } });
  });
});

describe("feed tokens between people", () => {
  it("another responder cannot see, relabel or revoke someone's feed; its owner cannot stamp last_used_at", async () => {
    const feed = await makeFeed(owner, { scope: "rotation", rotation_id: rotation, label: "laptop" });
    expect(await rest(`calendar_feed_tokens?select=id,token_hash&id=eq.${feed.id}`, { token: other.token })).toEqual({ status: 200, body: [] });
    const all = await rest<{ owner_id: string }[]>("calendar_feed_tokens?select=owner_id", { token: other.token });
    expect(all.body.filter((t) => t.owner_id !== other.id)).toEqual([]);
    for (const body of [{ label: "mine now" }, { revoked_at: new Date().toISOString() }]) {
      expect(await rest(`calendar_feed_tokens?id=eq.${feed.id}`, { token: other.token, method: "PATCH", body, prefer: REPR })).toEqual({ status: 200, body: [] });
    }
    expect(await feedRow(feed.id)).toMatchObject({ label: "laptop", revoked_at: null });
    // last_used_at is the lookup's to write, nobody else's.
    const stamp = await rest(`calendar_feed_tokens?id=eq.${feed.id}`, { token: owner.token, method: "PATCH", body: { last_used_at: "2020-01-01T00:00:00Z" } });
    expect(stamp).toMatchObject({ status: 403, body: { code: "42501", message: "permission denied for table calendar_feed_tokens" } });
    // A lead sees it (leads and admins oversee every feed).
    expect(await rest(`calendar_feed_tokens?select=id&id=eq.${feed.id}`, { token: lead.token })).toEqual({ status: 200, body: [{ id: feed.id }] });
  });

  it("a revoked feed stays revoked, for its owner and for a lead, and its token stops working at once", async () => {
    const feed = await makeFeed(owner, { scope: "person", person_id: owner.id });
    expect((await lookup(feed.token)).body).toHaveLength(1);
    const revoked = await rest<{ revoked_at: string }[]>(`calendar_feed_tokens?id=eq.${feed.id}`, {
      token: owner.token,
      method: "PATCH",
      body: { revoked_at: new Date().toISOString() },
      prefer: REPR,
    });
    expect(revoked.status).toBe(200);
    expect(await lookup(feed.token)).toEqual({ status: 200, body: [] });
    for (const who of [owner, lead]) {
      for (const revoked_at of [null, "2030-01-01T00:00:00Z"]) {
        const undo = await rest(`calendar_feed_tokens?id=eq.${feed.id}`, { token: who.token, method: "PATCH", body: { revoked_at } });
        expect(undo).toEqual({ status: 400, body: expect.objectContaining({ code: "23514", message: "a revoked feed stays revoked" }) });
      }
    }
    expect((await feedRow(feed.id)).revoked_at).toEqual(new Date(revoked.body[0].revoked_at));
    expect(await lookup(feed.token)).toEqual({ status: 200, body: [] });
  });
});
