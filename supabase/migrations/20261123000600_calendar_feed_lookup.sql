-- Calendar feeds, read side. A calendar app fetches a feed with no session: the secret token in
-- the URL is its only credential. public.calendar_feed_lookup is the one door from a token to a
-- feed; the app then reads the schedule AS THE FEED'S OWNER (their PostgREST token), so RLS still
-- decides what a feed shows, exactly as it would for the owner signed in.

-- When a calendar app last fetched the feed (to within the hour), so a person can tell a feed in
-- use from a forgotten one before revoking it. Written only by the lookup below (people may
-- update label and revoked_at alone).
alter table public.calendar_feed_tokens add column last_used_at timestamptz;

-- The change history is for changes people make, not for fetches: an update that only moves
-- last_used_at records nothing.
drop trigger record_change on public.calendar_feed_tokens;
create trigger record_change after insert or delete on public.calendar_feed_tokens
  for each row execute function private.record_oncall_change('id');
create trigger record_change_update after update on public.calendar_feed_tokens
  for each row when ((to_jsonb(old) - 'last_used_at') is distinct from (to_jsonb(new) - 'last_used_at'))
  execute function private.record_oncall_change('id');

-- The feed a token opens: a row only for a token that exists, is not revoked and whose owner is
-- still a person; nothing otherwise, the same nothing for each case so tokens cannot be probed.
-- Security definer because the caller is anonymous (RLS hides every token from anon); it reveals
-- nothing about any other token and never returns the hash. Volatile: it stamps last_used_at.
create function public.calendar_feed_lookup(token text)
returns table (owner_id text, scope text, rotation_id uuid, person_id text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  feed public.calendar_feed_tokens;
begin
  -- Only the shape create_calendar_feed hands out can match; skip the hash for anything else.
  if calendar_feed_lookup.token is null or calendar_feed_lookup.token !~ '^[0-9a-f]{64}$' then
    return;
  end if;
  select f.* into feed
  from public.calendar_feed_tokens f
  join public.people p on p.id = f.owner_id
  where f.token_hash = sha256(convert_to(calendar_feed_lookup.token, 'UTF8')) and f.revoked_at is null;
  if feed.id is null then
    return;
  end if;
  -- At most one write an hour per feed, however often a client polls.
  update public.calendar_feed_tokens f set last_used_at = now()
  where f.id = feed.id and (f.last_used_at is null or f.last_used_at < now() - interval '1 hour');
  return query select feed.owner_id, feed.scope, feed.rotation_id, feed.person_id;
end
$$;

revoke all on function public.calendar_feed_lookup(text) from public;
grant execute on function public.calendar_feed_lookup(text) to anon, authenticated, service_role;
