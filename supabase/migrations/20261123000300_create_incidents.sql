-- Incidents: severities, the incident itself, and its timeline.
--
-- The timeline has ONE writer: private.record_event. People never insert events directly (no
-- grant); every change to an incident reaches the timeline through the trigger below, and notes,
-- stakeholder updates and pins go through the functions at the end of this file. The same writer
-- sends the NOTIFY that live views listen to, so "it changed" and "everyone hears of it" cannot
-- drift apart.

-- ── Severities ─────────────────────────────────────────────────────────────────────────────────
create table public.severities (
  id text primary key check (id ~ '^P[0-9]$'),
  name text not null check (char_length(btrim(name)) between 1 and 40),
  description text not null check (char_length(btrim(description)) between 1 and 300),
  ack_minutes integer not null check (ack_minutes between 1 and 10080),
  update_minutes integer not null check (update_minutes between 1 and 10080),
  rank smallint not null unique
);
comment on table public.severities is
  'How bad an incident is, with its acknowledge target and stakeholder-update cadence. Everyone reads; admins edit.';

insert into public.severities (id, name, description, ack_minutes, update_minutes, rank) values
  ('P0', 'Critical', 'Service down, data loss or corruption, or a security breach.', 5, 15, 0),
  ('P1', 'High', 'A major feature broken, a partial outage or serious degradation.', 15, 30, 1),
  ('P2', 'Medium', 'A minor feature broken or a non-critical bug.', 240, 240, 2),
  ('P3', 'Low', 'Cosmetic problems or documentation.', 1440, 1440, 3);

alter table public.severities enable row level security;
revoke all on public.severities from anon, authenticated, public;
grant select, update (name, description, ack_minutes, update_minutes) on public.severities to authenticated;
grant all on public.severities to service_role;
create policy "signed-in people read severities" on public.severities
  for select to authenticated using (true);
create policy "admins edit severities" on public.severities
  for update to authenticated using (private.is_admin()) with check (private.is_admin());

-- ── Incidents ──────────────────────────────────────────────────────────────────────────────────
create type public.incident_status as enum ('investigating', 'identified', 'monitoring', 'resolved');

create table public.incidents (
  id uuid primary key default gen_random_uuid(),
  -- INC-<number> in URLs and conversation.
  number bigint generated always as identity (start with 1) unique,
  title text not null check (title ~ '\S' and char_length(title) <= 200),
  summary text not null default '' check (char_length(summary) <= 20000),
  severity text not null references public.severities (id) on update cascade,
  status public.incident_status not null default 'investigating',
  is_open boolean generated always as (status <> 'resolved') stored,
  drill boolean not null default false,
  service_ids uuid[] not null default '{}' check (cardinality(service_ids) <= 50),
  commander_id text references public.people (id) on delete set null,
  comms_lead_id text references public.people (id) on delete set null,
  scribe_id text references public.people (id) on delete set null,
  declared_by text references public.people (id) on delete set null,
  -- Key times. Set by the matching action, editable afterwards; the order rules are below.
  started_at timestamptz not null,
  detected_at timestamptz not null,
  declared_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by text references public.people (id) on delete set null,
  mitigated_at timestamptz,
  resolved_at timestamptz,
  -- Optimistic concurrency: every update bumps it; edits say which version they started from.
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references public.people (id) on delete set null,
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
  ) stored,
  -- The words of the incident's live notes, kept by private.refresh_notes_search. Searching one
  -- document per incident (search || notes_search) stays fast for rare and common words alike;
  -- searching the notes table separately meant walking every incident, or 50k notes, per query.
  notes_search tsvector not null default ''::tsvector,
  constraint detected_not_before_started check (detected_at >= started_at),
  constraint declared_not_before_detected check (declared_at >= detected_at),
  constraint acknowledged_not_before_declared check (acknowledged_at is null or acknowledged_at >= declared_at),
  constraint mitigated_not_before_started check (mitigated_at is null or mitigated_at >= started_at),
  constraint resolved_not_before_declared check (resolved_at is null or resolved_at >= declared_at),
  constraint resolved_not_before_mitigated check (resolved_at is null or mitigated_at is null or resolved_at >= mitigated_at),
  constraint resolved_time_matches_status check ((status = 'resolved') = (resolved_at is not null))
);
comment on table public.incidents is
  'Declared incidents. Every signed-in person reads, declares and updates them; only admins delete. Changes are recorded on the timeline by trigger.';

create index incidents_list on public.incidents (is_open desc, declared_at desc, number desc);
create index incidents_search on public.incidents using gin ((search || notes_search));
create index incidents_services on public.incidents using gin (service_ids);
create index incidents_commander on public.incidents (commander_id);
create index incidents_severity on public.incidents (severity, declared_at desc);

-- ── Timeline ───────────────────────────────────────────────────────────────────────────────────
create table public.incident_events (
  id bigint generated always as identity primary key,
  incident_id uuid not null references public.incidents (id) on delete cascade,
  at timestamptz not null default clock_timestamp(),
  actor_id text references public.people (id) on delete set null,
  kind text not null check (kind in (
    'declared', 'status', 'severity', 'field', 'role', 'key_time', 'acknowledged',
    'note', 'stakeholder_update'
  )),
  -- What changed: {field, from, to} for changes; {channel} for stakeholder updates.
  data jsonb not null default '{}',
  body text check (char_length(body) <= 20000),
  pinned boolean not null default false,
  edited_at timestamptz,
  deleted_at timestamptz
);
comment on table public.incident_events is
  'The incident timeline. Read by every signed-in person; written only by private.record_event.';
create index incident_events_timeline on public.incident_events (incident_id, at, id);

-- Earlier versions of edited or deleted notes: history is kept, never rewritten.
create table public.note_revisions (
  id bigint generated always as identity primary key,
  event_id bigint not null references public.incident_events (id) on delete cascade,
  body text not null,
  replaced_at timestamptz not null default now(),
  replaced_by text references public.people (id) on delete set null
);
create index note_revisions_event on public.note_revisions (event_id, replaced_at);

-- ── The one writer ─────────────────────────────────────────────────────────────────────────────
-- Live views LISTEN on this channel. The payload is ids only: what a person may see is decided by
-- RLS when their view refetches, never by the notification.
create function private.notify_incident(p_incident uuid, p_event bigint) returns void
language sql volatile set search_path = ''
as $$
  select pg_notify('beacon_incidents', json_build_object('incident', p_incident, 'event', p_event)::text)
$$;

create function private.record_event(p_incident uuid, p_kind text, p_data jsonb, p_body text default null)
returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_id bigint;
begin
  insert into public.incident_events (incident_id, actor_id, kind, data, body)
  values (p_incident, private.person_id(), p_kind, coalesce(p_data, '{}'), p_body)
  returning id into v_id;
  perform private.notify_incident(p_incident, v_id);
  return v_id;
end
$$;

-- ── Incident rules (trigger) ───────────────────────────────────────────────────────────────────
create function private.check_incident_services(ids uuid[]) returns void
language plpgsql stable set search_path = ''
as $$
begin
  if exists (select 1 from unnest(ids) as u(id) where not exists (select 1 from public.services s where s.id = u.id)) then
    raise exception 'unknown service' using errcode = '23503', constraint = 'incidents_service_ids_fkey';
  end if;
end
$$;

-- What people edit on an incident, as JSON, for comparing old and new. Named columns rather than
-- to_jsonb(row): the row carries the notes' search words, which grow with every note and would
-- make each write cost more than the last. A new editable column must be added here.
create function private.incident_fields(i public.incidents) returns jsonb
language sql immutable set search_path = ''
as $$
  select jsonb_build_object(
    'title', i.title, 'summary', i.summary, 'severity', i.severity, 'status', i.status, 'drill', i.drill,
    'service_ids', i.service_ids, 'commander_id', i.commander_id, 'comms_lead_id', i.comms_lead_id,
    'scribe_id', i.scribe_id, 'declared_by', i.declared_by, 'started_at', i.started_at,
    'detected_at', i.detected_at, 'declared_at', i.declared_at, 'acknowledged_at', i.acknowledged_at,
    'acknowledged_by', i.acknowledged_by, 'mitigated_at', i.mitigated_at, 'resolved_at', i.resolved_at)
$$;

create function private.before_incident_write() returns trigger
language plpgsql security invoker set search_path = ''
as $$
declare
  me text := private.person_id();
begin
  if tg_op = 'INSERT' then
    -- Who declared is who asked, not what the request claims (superuser seeds may set it).
    if me is not null then new.declared_by := me; end if;
    new.commander_id := coalesce(new.commander_id, new.declared_by);
    new.detected_at := coalesce(new.detected_at, new.declared_at);
    new.started_at := coalesce(new.started_at, new.detected_at);
    new.version := 1;
    new.updated_by := new.declared_by;
    new.updated_at := now();
    if new.status = 'resolved' then
      raise exception 'an incident is declared open' using errcode = '23514', constraint = 'incidents_declared_open';
    end if;
  else
    -- An update that changes nothing people edit is not a new version: neither a no-op nor a
    -- refresh of the notes' search words, which no editor sees.
    if private.incident_fields(new) = private.incident_fields(old) then
      new.version := old.version;
      new.updated_at := old.updated_at;
      new.updated_by := old.updated_by;
      return new;
    end if;
    new.version := old.version + 1;
    new.updated_at := now();
    new.updated_by := coalesce(me, new.updated_by);
    if new.acknowledged_at is not null and old.acknowledged_at is null then
      new.acknowledged_by := coalesce(me, new.acknowledged_by);
    elsif new.acknowledged_at is null then
      new.acknowledged_by := null;
    end if;
    -- Moving status sets the matching key times; a person may correct them afterwards.
    if new.status is distinct from old.status then
      if new.status in ('monitoring', 'resolved') then
        new.mitigated_at := coalesce(new.mitigated_at, greatest(now(), new.started_at));
      end if;
      if new.status = 'resolved' then
        new.acknowledged_at := coalesce(new.acknowledged_at, greatest(now(), new.declared_at));
        new.acknowledged_by := coalesce(new.acknowledged_by, me);
        new.resolved_at := greatest(now(), new.declared_at, new.mitigated_at);
      elsif old.status = 'resolved' then
        new.resolved_at := null;  -- reopened
      end if;
    end if;
  end if;
  if tg_op = 'INSERT' or new.service_ids is distinct from old.service_ids then
    new.service_ids := array(select distinct u from unnest(new.service_ids) u order by u);
    -- Only ids being added: a service deleted later must not block other edits of the list.
    perform private.check_incident_services(array(
      select u from unnest(new.service_ids) u
      where tg_op = 'INSERT' or not (u = any (old.service_ids))));
  end if;
  return new;
end
$$;
create trigger before_incident_write before insert or update on public.incidents
  for each row execute function private.before_incident_write();

-- Every change becomes a timeline event, old → new.
create function private.after_incident_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  f text;
  o jsonb := case when tg_op = 'UPDATE' then private.incident_fields(old) end;
  n jsonb := private.incident_fields(new);
  status_moved boolean;
  auto_mitigated boolean;
  auto_acknowledged boolean;
  auto_resolved boolean;
begin
  if tg_op = 'INSERT' then
    perform private.record_event(new.id, 'declared', jsonb_build_object(
      'title', new.title, 'severity', new.severity, 'status', new.status, 'drill', new.drill));
    return null;
  end if;
  status_moved := new.status is distinct from old.status;
  -- The times the move itself set (before_incident_write) are told by the status event.
  auto_mitigated := status_moved and new.status in ('monitoring', 'resolved') and old.mitigated_at is null;
  auto_acknowledged := status_moved and new.status = 'resolved' and old.acknowledged_at is null;
  auto_resolved := status_moved and 'resolved' in (new.status, old.status);
  if status_moved then
    perform private.record_event(new.id, 'status', jsonb_build_object('from', old.status, 'to', new.status));
  end if;
  if new.severity is distinct from old.severity then
    perform private.record_event(new.id, 'severity', jsonb_build_object('from', old.severity, 'to', new.severity));
  end if;
  if old.acknowledged_at is null and new.acknowledged_at is not null and not auto_acknowledged then
    perform private.record_event(new.id, 'acknowledged', jsonb_build_object('to', new.acknowledged_at));
  end if;
  foreach f in array array['title', 'summary', 'drill', 'service_ids'] loop
    if (o -> f) is distinct from (n -> f) then
      perform private.record_event(new.id, 'field', jsonb_build_object(
        'field', f, 'from', o -> f, 'to', n -> f));
    end if;
  end loop;
  foreach f in array array['commander_id', 'comms_lead_id', 'scribe_id'] loop
    if (o -> f) is distinct from (n -> f) then
      perform private.record_event(new.id, 'role', jsonb_build_object(
        'role', f, 'from', o -> f, 'to', n -> f));
    end if;
  end loop;
  foreach f in array array['started_at', 'detected_at', 'declared_at', 'acknowledged_at', 'mitigated_at', 'resolved_at'] loop
    if (o -> f) is distinct from (n -> f)
       -- the ack itself and the times a status move sets are already told by their own event
       and not (f = 'acknowledged_at' and old.acknowledged_at is null)
       and not (f = 'mitigated_at' and auto_mitigated)
       and not (f = 'resolved_at' and auto_resolved) then
      perform private.record_event(new.id, 'key_time', jsonb_build_object(
        'field', f, 'from', o -> f, 'to', n -> f));
    end if;
  end loop;
  return null;
end
$$;
create trigger after_incident_write after insert or update on public.incidents
  for each row execute function private.after_incident_write();

create function private.after_incident_delete() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.notify_incident(old.id, null);
  return null;
end
$$;
create trigger after_incident_delete after delete on public.incidents
  for each row execute function private.after_incident_delete();

-- ── Rights ─────────────────────────────────────────────────────────────────────────────────────
alter table public.incidents enable row level security;
alter table public.incident_events enable row level security;
alter table public.note_revisions enable row level security;
revoke all on public.incidents, public.incident_events, public.note_revisions from anon, authenticated, public;

grant select, delete on public.incidents to authenticated;
grant insert (title, summary, severity, service_ids, drill, commander_id, comms_lead_id, scribe_id, started_at, detected_at)
  on public.incidents to authenticated;
grant update (title, summary, severity, service_ids, drill, status, commander_id, comms_lead_id, scribe_id,
  started_at, detected_at, declared_at, acknowledged_at, mitigated_at, resolved_at)
  on public.incidents to authenticated;
grant select on public.incident_events, public.note_revisions to authenticated;
grant all on public.incidents, public.incident_events, public.note_revisions to service_role;

create policy "signed-in people read incidents" on public.incidents
  for select to authenticated using (true);
create policy "signed-in people declare incidents" on public.incidents
  for insert to authenticated with check (private.app_role() is not null);
create policy "signed-in people update incidents" on public.incidents
  for update to authenticated using (private.app_role() is not null) with check (private.app_role() is not null);
create policy "admins delete incidents" on public.incidents
  for delete to authenticated using (private.is_admin());
create policy "signed-in people read timelines" on public.incident_events
  for select to authenticated using (true);
create policy "signed-in people read note history" on public.note_revisions
  for select to authenticated using (true);

-- ── What people do to a timeline (RPC) ─────────────────────────────────────────────────────────
-- "No such note/incident" as a 404 with code P0002 (PostgREST turns a plain P0002 into a 500).
create function private.not_found(what text) returns void
language plpgsql set search_path = ''
as $$
begin
  raise sqlstate 'PGRST' using
    message = json_build_object('code', 'P0002', 'message', 'no such ' || what)::text,
    detail = json_build_object('status', 404, 'headers', json_build_object())::text;
end
$$;

create function private.require_person() returns text
language plpgsql stable set search_path = ''
as $$
begin
  if private.app_role() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  return private.person_id();
end
$$;

create function private.refresh_notes_search(p_incident uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  update public.incidents set notes_search = coalesce((
    select to_tsvector('english', string_agg(e.body, ' ' order by e.at, e.id))
    from public.incident_events e
    where e.incident_id = p_incident and e.kind = 'note' and e.deleted_at is null), ''::tsvector)
  where id = p_incident
$$;

create function public.acknowledge_incident(incident_id uuid) returns public.incidents
language sql volatile security invoker set search_path = ''
as $$
  update public.incidents set acknowledged_at = greatest(now(), declared_at)
  where id = acknowledge_incident.incident_id and acknowledged_at is null;
  select * from public.incidents where id = acknowledge_incident.incident_id;
$$;

create function public.add_note(incident_id uuid, body text) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_id bigint;
begin
  perform private.require_person();
  if body is null or body !~ '\S' then
    raise exception 'a note needs some text' using errcode = '23514', constraint = 'note_body';
  end if;
  if not exists (select 1 from public.incidents i where i.id = add_note.incident_id) then
    perform private.not_found('incident');
  end if;
  v_id := private.record_event(add_note.incident_id, 'note', '{}', body);
  -- A new note only adds words; edits and deletes rebuild the whole set.
  update public.incidents i set notes_search = i.notes_search || to_tsvector('english', add_note.body)
  where i.id = add_note.incident_id;
  return v_id;
end
$$;

create function public.record_stakeholder_update(incident_id uuid, channel text, body text) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform private.require_person();
  if channel is null or channel not in ('status_page', 'customer') then
    raise exception 'unknown channel' using errcode = '22023';
  end if;
  if body is null or body !~ '\S' then
    raise exception 'an update needs some text' using errcode = '23514', constraint = 'note_body';
  end if;
  if not exists (select 1 from public.incidents i where i.id = record_stakeholder_update.incident_id) then
    perform private.not_found('incident');
  end if;
  return private.record_event(record_stakeholder_update.incident_id, 'stakeholder_update',
    jsonb_build_object('channel', channel), body);
end
$$;

-- Only the author edits or deletes a note; the old text goes to note_revisions first.
create function public.edit_note(event_id bigint, body text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me text := private.require_person();
  e public.incident_events;
begin
  select * into e from public.incident_events where id = edit_note.event_id for update;
  if not found or e.kind <> 'note' or e.deleted_at is not null then
    perform private.not_found('note');
  end if;
  if e.actor_id is distinct from me then
    raise exception 'only its author can change a note' using errcode = '42501';
  end if;
  if body is null or body !~ '\S' then
    raise exception 'a note needs some text' using errcode = '23514', constraint = 'note_body';
  end if;
  if body = e.body then return; end if;
  insert into public.note_revisions (event_id, body, replaced_by) values (e.id, e.body, me);
  update public.incident_events set body = edit_note.body, edited_at = now() where id = e.id;
  perform private.refresh_notes_search(e.incident_id);
  perform private.notify_incident(e.incident_id, e.id);
end
$$;

create function public.delete_note(event_id bigint) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me text := private.require_person();
  e public.incident_events;
begin
  select * into e from public.incident_events where id = delete_note.event_id for update;
  if not found or e.kind <> 'note' or e.deleted_at is not null then
    perform private.not_found('note');
  end if;
  if e.actor_id is distinct from me then
    raise exception 'only its author can delete a note' using errcode = '42501';
  end if;
  insert into public.note_revisions (event_id, body, replaced_by) values (e.id, e.body, me);
  update public.incident_events set body = null, pinned = false, deleted_at = now() where id = e.id;
  perform private.refresh_notes_search(e.incident_id);
  perform private.notify_incident(e.incident_id, e.id);
end
$$;

create function public.pin_event(event_id bigint, pinned boolean) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_incident uuid;
begin
  perform private.require_person();
  update public.incident_events set pinned = pin_event.pinned
  where id = pin_event.event_id and deleted_at is null
  returning incident_id into v_incident;
  if v_incident is null then
    perform private.not_found('event');
  end if;
  perform private.notify_incident(v_incident, pin_event.event_id);
end
$$;

-- The incident list: open first, then most recent; filters, full-text search over title, summary
-- and notes; keyset pagination on (is_open, declared_at, number). Security invoker: RLS applies.
create function public.list_incidents(
  q text default null,
  statuses public.incident_status[] default null,
  severities text[] default null,
  service uuid default null,
  commander text default null,
  drill boolean default null,
  declared_from timestamptz default null,
  declared_to timestamptz default null,
  mine boolean default false,
  after_open boolean default null,
  after_declared_at timestamptz default null,
  after_number bigint default null,
  page_size integer default 25
) returns setof public.incidents
language sql stable security invoker set search_path = ''
as $$
  with query as (
    select case when nullif(btrim(list_incidents.q), '') is null then null
                else websearch_to_tsquery('english', list_incidents.q) end as ts
  )
  select i.* from public.incidents i, query
  where (list_incidents.statuses is null or i.status = any (list_incidents.statuses))
    and (list_incidents.severities is null or i.severity = any (list_incidents.severities))
    and (list_incidents.service is null or i.service_ids @> array[list_incidents.service])
    and (list_incidents.commander is null or i.commander_id = list_incidents.commander)
    and (list_incidents.drill is null or i.drill = list_incidents.drill)
    and (list_incidents.declared_from is null or i.declared_at >= list_incidents.declared_from)
    and (list_incidents.declared_to is null or i.declared_at < list_incidents.declared_to)
    and (not coalesce(list_incidents.mine, false) or private.person_id() in
          (i.commander_id, i.comms_lead_id, i.scribe_id, i.declared_by))
    and (query.ts is null or (i.search || i.notes_search) @@ query.ts)
    and (list_incidents.after_number is null
         or i.is_open < list_incidents.after_open
         or (i.is_open = list_incidents.after_open
             and (i.declared_at, i.number) < (list_incidents.after_declared_at, list_incidents.after_number)))
  order by i.is_open desc, i.declared_at desc, i.number desc
  limit least(greatest(coalesce(list_incidents.page_size, 25), 1), 100)
$$;
-- Each call planned for its own arguments: a generic plan (chosen after a few calls) cannot know
-- which filters are null and fell back to sorting every incident (~0.3 s on 100k).
alter function public.list_incidents(text, public.incident_status[], text[], uuid, text, boolean, timestamptz,
  timestamptz, boolean, boolean, timestamptz, bigint, integer) set plan_cache_mode = force_custom_plan;

-- The incident page in one round trip, built in Postgres: the incident, its whole timeline (no
-- row cap: it is one JSON value) with each note's history, and its attached runbooks (added by a
-- later migration's replacement of this function). Security invoker: RLS decides; null when the
-- incident is not there or not visible.
create function public.incident_view(incident_number bigint) returns json
language sql stable security invoker set search_path = ''
as $$
  select json_build_object(
    'incident', to_jsonb(i) - array['search', 'notes_search', 'is_open'],
    'events', coalesce((
      -- json, not jsonb: built once and sent, never queried (3× faster on a 1,000-event timeline).
      -- Only edited or deleted notes have history, so only they look it up.
      select json_agg(json_build_object(
               'id', e.id, 'incident_id', e.incident_id, 'at', e.at, 'actor_id', e.actor_id, 'kind', e.kind,
               'data', e.data, 'body', e.body, 'pinned', e.pinned, 'edited_at', e.edited_at,
               'deleted_at', e.deleted_at,
               'note_revisions', case when e.edited_at is null and e.deleted_at is null then '[]'::json else coalesce((
                 select json_agg(json_build_object('body', r.body, 'replaced_at', r.replaced_at, 'replaced_by', r.replaced_by)
                                 order by r.replaced_at, r.id)
                 from public.note_revisions r where r.event_id = e.id), '[]'::json) end)
             order by e.at, e.id)
      from public.incident_events e where e.incident_id = i.id), '[]'::json),
    'runbooks', '[]'::json)
  from public.incidents i
  where i.number = incident_view.incident_number
$$;

revoke all on function private.notify_incident(uuid, bigint), private.record_event(uuid, text, jsonb, text),
  private.check_incident_services(uuid[]), private.require_person(), private.not_found(text),
  private.refresh_notes_search(uuid) from public;
grant execute on function private.incident_fields(public.incidents) to authenticated;
revoke all on function public.incident_view(bigint) from public, anon;
grant execute on function public.incident_view(bigint) to authenticated, service_role;
grant execute on function private.check_incident_services(uuid[]), private.require_person() to authenticated;
revoke all on function public.acknowledge_incident(uuid), public.add_note(uuid, text),
  public.record_stakeholder_update(uuid, text, text), public.edit_note(bigint, text), public.delete_note(bigint),
  public.pin_event(bigint, boolean), public.list_incidents(text, public.incident_status[], text[], uuid, text, boolean,
    timestamptz, timestamptz, boolean, boolean, timestamptz, bigint, integer) from public, anon;
grant execute on function public.acknowledge_incident(uuid), public.add_note(uuid, text),
  public.record_stakeholder_update(uuid, text, text), public.edit_note(bigint, text), public.delete_note(bigint),
  public.pin_event(bigint, boolean), public.list_incidents(text, public.incident_status[], text[], uuid, text, boolean,
    timestamptz, timestamptz, boolean, boolean, timestamptz, bigint, integer) to authenticated, service_role;
