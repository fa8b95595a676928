-- Post-incident reviews: one per resolved incident, written step by step, then published.
--
-- Content is stored per SECTION (review_sections, one jsonb row each) with its own version, so two
-- people on different sections never collide and two on the same section are caught: a save names
-- the version it was typed against (`PATCH … &version=eq.N`, as for incidents) and a stale one
-- matches no row. Action items are rows of their own (review_action_items), tracked across
-- incidents.
--
-- The database is the last line for every rule the app also checks (lib/reviews/):
--   - each section's content has the shape the app reads (private.review_content_ok);
--   - reviews start only from a resolved incident, one per incident (start_review);
--   - states move draft → in review → published only through submit_review,
--     return_review_to_draft and publish_review; publishing checks what the severity demands
--     (private.review_missing — the same rules and words as lib/reviews/publish-rules.ts) and
--     refuses with the list in `details`;
--   - a published review is read-only except action item status (triggers, for every role).
-- A severity change made during a review is an ordinary incident update, so the incident's own
-- trigger records it on the incident timeline; nothing here writes incident_events.
-- Rights: everyone signed in reads; every role (responder, lead, admin) writes; anon nothing.

create type public.review_state as enum ('draft', 'in_review', 'published');

create table public.reviews (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null unique references public.incidents (id) on delete cascade,
  state public.review_state not null default 'draft',
  created_at timestamptz not null default now(),
  created_by text references public.people (id) on delete set null,
  submitted_at timestamptz,
  submitted_by text references public.people (id) on delete set null,
  published_at timestamptz,
  published_by text references public.people (id) on delete set null,
  constraint reviews_published_at_matches_state check ((state = 'published') = (published_at is not null))
);
comment on table public.reviews is
  'Post-incident reviews, one per incident. Everyone signed in reads; started and moved between states only by the review functions.';

-- ── Section shapes ─────────────────────────────────────────────────────────────────────────────
-- The same shapes as lib/reviews/schema.ts, with the same limits (a code point here is one or two
-- UTF-16 units there, so what the app accepts always fits). Every key present, no others: the app
-- reads content without guessing.

create function private.has_exactly(c jsonb, keys text[]) returns boolean
language sql immutable set search_path = ''
as $$
  -- every key there (?&), and no other (as many keys as asked for; `keys` has no repeats)
  select jsonb_typeof(c) = 'object' and c ?& keys and (select count(*) from jsonb_object_keys(c)) = cardinality(keys)
$$;

create function private.is_text(v jsonb, max integer) returns boolean
language sql immutable set search_path = ''
as $$ select coalesce(jsonb_typeof(v) = 'string' and char_length(v #>> '{}') <= max, false) $$;

-- An ISO instant with its offset ("…Z", "…+01:00"), as the app stores timeline times.
create function private.is_instant(v text) returns boolean
language plpgsql immutable set search_path = ''
as $$
begin
  if v is null or v !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$' then
    return false;
  end if;
  perform v::timestamptz;
  return true;
exception when others then
  return false;
end
$$;

create function private.review_content_ok(p_section text, c jsonb) returns boolean
language plpgsql immutable set search_path = ''
as $$
begin
  if c is null or jsonb_typeof(c) <> 'object' then
    return false;
  end if;
  case p_section
  when 'summary' then
    return private.has_exactly(c, '{text}') and private.is_text(c -> 'text', 10000);
  when 'timeline' then
    if not coalesce(private.has_exactly(c, '{time_zone,entries}')
        and private.is_text(c -> 'time_zone', 64) and private.is_time_zone(c ->> 'time_zone')
        and jsonb_typeof(c -> 'entries') = 'array' and jsonb_array_length(c -> 'entries') <= 300, false) then
      return false;
    end if;
    -- One pass over the entries (a full timeline is ~300 kB; autosave sends it every few seconds).
    -- One entry per key time and per id: the durations read "the" entry of each key.
    return coalesce((
      select bool_and(coalesce(
               private.has_exactly(e, '{id,at,text,key,source,event_id}')
               and private.is_text(e -> 'id', 64) and e ->> 'id' <> ''
               and (jsonb_typeof(e -> 'at') = 'null' or (jsonb_typeof(e -> 'at') = 'string' and private.is_instant(e ->> 'at')))
               and private.is_text(e -> 'text', 1000)
               and (jsonb_typeof(e -> 'key') = 'null' or e ->> 'key' in
                    ('started_at', 'detected_at', 'declared_at', 'acknowledged_at', 'mitigated_at', 'resolved_at'))
               and e ->> 'source' in ('key_time', 'event', 'person')
               and jsonb_typeof(e -> 'event_id') in ('null', 'number'), false))
             and count(e ->> 'key') = count(distinct e ->> 'key') and count(*) = count(distinct e ->> 'id')
      from jsonb_array_elements(c -> 'entries') e), true);
  when 'impact' then
    return coalesce(private.has_exactly(c, '{customer_impact,affected,service_ids,slo_breached,slo_details,severity_confirmed}')
      and private.is_text(c -> 'customer_impact', 10000)
      and (jsonb_typeof(c -> 'affected') = 'null' or (
        private.has_exactly(c -> 'affected', '{who,kind,value}')
        and c #>> '{affected,who}' in ('users', 'requests')
        -- CASE, not AND: the casts must only run on a number
        and case when jsonb_typeof(c #> '{affected,value}') is distinct from 'number' then false
                 when (c #>> '{affected,value}')::numeric < 0 then false
                 when c #>> '{affected,kind}' = 'percent' then (c #>> '{affected,value}')::numeric <= 100
                 when c #>> '{affected,kind}' = 'number'
                   then (c #>> '{affected,value}')::numeric = trunc((c #>> '{affected,value}')::numeric)
                 else false end))
      and jsonb_typeof(c -> 'service_ids') = 'array' and jsonb_array_length(c -> 'service_ids') <= 50
      and not exists (select 1 from jsonb_array_elements(c -> 'service_ids') s
                      where not coalesce(jsonb_typeof(s) = 'string' and (s #>> '{}') ~ '^[0-9a-fA-F-]{36}$', false))
      and jsonb_typeof(c -> 'slo_breached') in ('null', 'boolean')
      and private.is_text(c -> 'slo_details', 2000)
      and (jsonb_typeof(c -> 'severity_confirmed') = 'null' or (c ->> 'severity_confirmed') ~ '^P[0-9]$'), false);
  when 'root_cause' then
    return coalesce(private.has_exactly(c, '{trigger,root_causes,contributing_factors,five_whys,detection_how,detection_sooner}')
      and private.is_text(c -> 'trigger', 2000) and private.is_text(c -> 'root_causes', 10000)
      and private.is_text(c -> 'detection_how', 2000) and private.is_text(c -> 'detection_sooner', 2000)
      and jsonb_typeof(c -> 'contributing_factors') = 'array' and jsonb_array_length(c -> 'contributing_factors') <= 30
      and not exists (
        select 1 from jsonb_array_elements(c -> 'contributing_factors') f
        where not coalesce(private.has_exactly(f, '{id,category,description}')
          and private.is_text(f -> 'id', 64) and f ->> 'id' <> ''
          and f ->> 'category' in ('code', 'configuration', 'deployment', 'infrastructure', 'capacity', 'third_party',
                                   'monitoring', 'process', 'documentation', 'other')
          and private.is_text(f -> 'description', 2000), false))
      and jsonb_typeof(c -> 'five_whys') = 'array' and jsonb_array_length(c -> 'five_whys') <= 5
      and not exists (select 1 from jsonb_array_elements(c -> 'five_whys') w where not private.is_text(w, 1000)), false);
  when 'action_items' then
    return coalesce(private.has_exactly(c, '{no_action_needed,no_action_reason}')
      and jsonb_typeof(c -> 'no_action_needed') = 'boolean' and private.is_text(c -> 'no_action_reason', 2000), false);
  when 'lessons' then
    return private.has_exactly(c, '{went_well,went_wrong,lucky}')
      and private.is_text(c -> 'went_well', 10000) and private.is_text(c -> 'went_wrong', 10000)
      and private.is_text(c -> 'lucky', 10000);
  else
    return false;
  end case;
end
$$;

-- A blank section (lib/reviews/model.ts emptySection), for a review started without pre-fill.
create function private.empty_review_section(p_section text) returns jsonb
language sql immutable set search_path = ''
as $$
  select case p_section
    when 'summary' then '{"text": ""}'::jsonb
    when 'timeline' then '{"time_zone": "UTC", "entries": []}'::jsonb
    when 'impact' then '{"customer_impact": "", "affected": null, "service_ids": [], "slo_breached": null,
                         "slo_details": "", "severity_confirmed": null}'::jsonb
    when 'root_cause' then '{"trigger": "", "root_causes": "", "contributing_factors": [], "five_whys": [],
                             "detection_how": "", "detection_sooner": ""}'::jsonb
    when 'action_items' then '{"no_action_needed": false, "no_action_reason": ""}'::jsonb
    when 'lessons' then '{"went_well": "", "went_wrong": "", "lucky": ""}'::jsonb
  end
$$;

-- ── Sections ───────────────────────────────────────────────────────────────────────────────────
create table public.review_sections (
  review_id uuid not null references public.reviews (id) on delete cascade,
  section text not null check (section in ('summary', 'timeline', 'impact', 'root_cause', 'action_items', 'lessons')),
  content jsonb not null,
  -- Optimistic concurrency: a real change bumps it; a save names the version it started from.
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references public.people (id) on delete set null,
  primary key (review_id, section),
  constraint review_sections_content_check check (private.review_content_ok(section, content))
);
comment on table public.review_sections is
  'One row per section of a review, created with the review. Everyone signed in reads; every role updates content while the review is not published.';

-- Earlier versions of a section. Autosave writes every second or so while someone types; keeping
-- each of those would be thousands of rows a review. A version is kept when the next save is by
-- someone else, or comes more than 10 minutes later, or replaces the pre-fill: "what it said
-- before someone else (or a later sitting) changed it".
create table public.review_section_revisions (
  id bigint generated always as identity primary key,
  review_id uuid not null references public.reviews (id) on delete cascade,
  section text not null,
  version integer not null,
  content jsonb not null,
  saved_by text references public.people (id) on delete set null,
  saved_at timestamptz not null
);
create index review_section_revisions_section on public.review_section_revisions (review_id, section, version);
comment on table public.review_section_revisions is
  'Earlier versions of review sections (who saved them and when). Written only by the sections trigger; read by everyone signed in.';

-- What happened to a review: started, submitted, back to draft, published, action items added,
-- removed, and their status changes. Field edits are told by updated_by/updated_at.
create table public.review_events (
  id bigint generated always as identity primary key,
  review_id uuid not null references public.reviews (id) on delete cascade,
  at timestamptz not null default clock_timestamp(),
  actor_id text references public.people (id) on delete set null,
  kind text not null check (kind in ('started', 'submitted', 'returned_to_draft', 'published',
    'action_item_added', 'action_item_removed', 'action_item_status')),
  data jsonb not null default '{}'
);
create index review_events_review on public.review_events (review_id, at, id);
comment on table public.review_events is
  'The history of a review''s state and action items. Written only by the review functions and triggers; read by everyone signed in.';

create function private.record_review_event(p_review uuid, p_kind text, p_data jsonb default '{}') returns void
language sql volatile security definer set search_path = ''
as $$
  insert into public.review_events (review_id, actor_id, kind, data)
  values (p_review, private.person_id(), p_kind, coalesce(p_data, '{}'))
$$;

-- The review's state, with a share lock so a save and a publish take turns: a save in flight
-- finishes before the publish checks the content, and a save arriving after sees "published".
create function private.review_state_for_write(p_review uuid) returns public.review_state
language sql volatile security definer set search_path = ''
as $$ select state from public.reviews where id = p_review for share $$;

create function private.refuse_if_published(p_review uuid) returns void
language plpgsql volatile set search_path = ''
as $$
begin
  if private.review_state_for_write(p_review) = 'published' then
    raise exception 'this review is published: only action item status can change' using errcode = '42501';
  end if;
end
$$;

create function private.before_review_section_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  me text := private.person_id();
begin
  perform private.refuse_if_published(old.review_id);
  new.review_id := old.review_id;
  new.section := old.section;
  if new.content = old.content then
    new.version := old.version;
    new.updated_at := old.updated_at;
    new.updated_by := old.updated_by;
    return new;
  end if;
  if old.version = 1 or old.updated_by is distinct from coalesce(me, old.updated_by)
     or old.updated_at < now() - interval '10 minutes' then
    insert into public.review_section_revisions (review_id, section, version, content, saved_by, saved_at)
    values (old.review_id, old.section, old.version, old.content, old.updated_by, old.updated_at);
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  new.updated_by := coalesce(me, new.updated_by);
  return new;
end
$$;
create trigger before_review_section_write before update on public.review_sections
  for each row execute function private.before_review_section_write();

-- ── Action items ───────────────────────────────────────────────────────────────────────────────
create table public.review_action_items (
  id uuid primary key default gen_random_uuid(),
  review_id uuid not null references public.reviews (id) on delete cascade,
  title text not null check (title ~ '\S' and char_length(title) <= 200),
  owner_id text references public.people (id) on delete set null,
  due_date date,
  priority text not null default 'medium' check (priority in ('high', 'medium', 'low')),
  type text not null default 'prevent' check (type in ('prevent', 'detect', 'mitigate', 'process')),
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'wont_do')),
  -- A link to the tracker. http(s) only: it is rendered as a link, and javascript: or data: would run.
  tracker_url text check (tracker_url ~* '^https?://[^\s/?#]+[^\s]*$' and char_length(tracker_url) <= 2000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by text references public.people (id) on delete set null,
  updated_at timestamptz not null default now(),
  updated_by text references public.people (id) on delete set null,
  -- When it became done or won't do; null while unfinished.
  closed_at timestamptz
);
create index review_action_items_review on public.review_action_items (review_id, created_at, id);
create index review_action_items_owner on public.review_action_items (owner_id, status);
create index review_action_items_due on public.review_action_items (status, due_date);
comment on table public.review_action_items is
  'Follow-up work from reviews. Everyone signed in reads; every role adds, edits and removes while the review is not published; after publishing only status changes.';

-- What an action item's editors change, to compare old and new.
create function private.action_item_fields(a public.review_action_items) returns jsonb
language sql immutable set search_path = ''
as $$
  select jsonb_build_object('title', a.title, 'owner_id', a.owner_id, 'due_date', a.due_date, 'priority', a.priority,
    'type', a.type, 'status', a.status, 'tracker_url', a.tracker_url)
$$;

create function private.before_action_item_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  me text := private.person_id();
begin
  if tg_op = 'DELETE' then
    perform private.refuse_if_published(old.review_id);
    return old;
  end if;
  if tg_op = 'INSERT' then
    perform private.refuse_if_published(new.review_id);
    new.created_by := coalesce(me, new.created_by);
    -- clock_timestamp: items added in one transaction keep the order they were added in.
    new.created_at := clock_timestamp();
    new.updated_by := new.created_by;
    new.updated_at := new.created_at;
    new.version := 1;
    new.closed_at := case when new.status in ('done', 'wont_do') then now() end;
    return new;
  end if;
  if private.review_state_for_write(old.review_id) = 'published'
     and (private.action_item_fields(new) - 'status') is distinct from (private.action_item_fields(old) - 'status') then
    raise exception 'this review is published: only action item status can change' using errcode = '42501';
  end if;
  new.id := old.id;
  new.review_id := old.review_id;
  new.created_at := old.created_at;
  new.created_by := old.created_by;
  if private.action_item_fields(new) = private.action_item_fields(old) then
    new.version := old.version;
    new.updated_at := old.updated_at;
    new.updated_by := old.updated_by;
    new.closed_at := old.closed_at;
    return new;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  new.updated_by := coalesce(me, new.updated_by);
  if new.status is distinct from old.status then
    new.closed_at := case when new.status in ('done', 'wont_do') then now() end;
  else
    new.closed_at := old.closed_at;
  end if;
  return new;
end
$$;
create trigger before_action_item_write before insert or update or delete on public.review_action_items
  for each row execute function private.before_action_item_write();

create function private.after_action_item_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.record_review_event(new.review_id, 'action_item_added', jsonb_build_object('id', new.id, 'title', new.title));
  elsif tg_op = 'DELETE' then
    -- Removed with its whole review (incident deleted): there is no review left to tell.
    if exists (select 1 from public.reviews where id = old.review_id) then
      perform private.record_review_event(old.review_id, 'action_item_removed', jsonb_build_object('id', old.id, 'title', old.title));
    end if;
  elsif new.status is distinct from old.status then
    perform private.record_review_event(new.review_id, 'action_item_status',
      jsonb_build_object('id', new.id, 'title', new.title, 'from', old.status, 'to', new.status));
  end if;
  return null;
end
$$;
create trigger after_action_item_write after insert or update or delete on public.review_action_items
  for each row execute function private.after_action_item_write();

-- ── Publish rules ──────────────────────────────────────────────────────────────────────────────
-- lib/reviews/publish-rules.ts, rule for rule and word for word; [{section, message}] in form order.
create function private.filled(v jsonb) returns boolean
language sql immutable set search_path = ''
as $$ select coalesce(jsonb_typeof(v) = 'string' and (v #>> '{}') ~ '\S', false) $$;

create function private.review_missing(p_review uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_severity text;
  v_status public.incident_status;
  major boolean;
  s jsonb;
  entries jsonb;
  out jsonb := '[]';
  n integer;
  item record;
begin
  select i.severity, i.status into v_severity, v_status
  from public.reviews r join public.incidents i on i.id = r.incident_id where r.id = p_review;
  major := v_severity in ('P0', 'P1');
  select jsonb_object_agg(section, content) into s from public.review_sections where review_id = p_review;

  if v_status <> 'resolved' then
    out := out || jsonb_build_object('section', 'publish', 'message', 'The incident was reopened: resolve it before publishing');
  end if;

  if not private.filled(s #> '{summary,text}') then
    out := out || jsonb_build_object('section', 'summary', 'message', 'Write a summary');
  end if;

  if major then
    entries := coalesce(s #> '{timeline,entries}', '[]');
    if jsonb_array_length(entries) = 0 then
      out := out || jsonb_build_object('section', 'timeline', 'message', 'Add the timeline');
    else
      select count(*) into n from jsonb_array_elements(entries) e where jsonb_typeof(e -> 'at') = 'null';
      if n > 0 then
        out := out || jsonb_build_object('section', 'timeline', 'message', format('Give every timeline entry a time (%s without)', n));
      end if;
      select count(*) into n from jsonb_array_elements(entries) e where not private.filled(e -> 'text');
      if n > 0 then
        out := out || jsonb_build_object('section', 'timeline', 'message', format('Describe every timeline entry (%s without words)', n));
      end if;
      if not exists (select 1 from jsonb_array_elements(entries) e where e ->> 'key' = 'started_at' and jsonb_typeof(e -> 'at') = 'string') then
        out := out || jsonb_build_object('section', 'timeline', 'message', 'Add when the impact started to the timeline');
      end if;
      if not exists (select 1 from jsonb_array_elements(entries) e where e ->> 'key' = 'resolved_at' and jsonb_typeof(e -> 'at') = 'string') then
        out := out || jsonb_build_object('section', 'timeline', 'message', 'Add when it was resolved to the timeline');
      end if;
    end if;
  end if;

  if not private.filled(s #> '{impact,customer_impact}') then
    out := out || jsonb_build_object('section', 'impact', 'message', 'Describe the customer impact');
  end if;
  if coalesce(jsonb_typeof(s #> '{impact,slo_breached}'), 'null') = 'null' then
    out := out || jsonb_build_object('section', 'impact', 'message', 'Say whether an SLA or SLO was breached');
  end if;
  if (s #>> '{impact,severity_confirmed}') is distinct from v_severity then
    out := out || jsonb_build_object('section', 'impact', 'message', format('Confirm the severity (the incident is %s)', v_severity));
  end if;

  if not private.filled(s #> '{root_cause,trigger}') then
    out := out || jsonb_build_object('section', 'root_cause', 'message', 'Name the trigger');
  end if;
  if not private.filled(s #> '{root_cause,root_causes}') then
    out := out || jsonb_build_object('section', 'root_cause', 'message', 'Describe the root causes');
  end if;
  if not private.filled(s #> '{root_cause,detection_how}') then
    out := out || jsonb_build_object('section', 'root_cause', 'message', 'Say how it was detected');
  end if;

  if not exists (select 1 from public.review_action_items where review_id = p_review) then
    if major then
      out := out || jsonb_build_object('section', 'action_items', 'message', 'Add at least one action item');
    elsif not (coalesce((s #>> '{action_items,no_action_needed}')::boolean, false)
               and private.filled(s #> '{action_items,no_action_reason}')) then
      out := out || jsonb_build_object('section', 'action_items', 'message', 'Add an action item, or say why no action is needed');
    end if;
  end if;
  for item in
    select title, owner_id, due_date from public.review_action_items
    where review_id = p_review and status <> 'wont_do' order by created_at, id
  loop
    if item.owner_id is null then
      out := out || jsonb_build_object('section', 'action_items', 'message', format('"%s" needs an owner', item.title));
    end if;
    if item.due_date is null then
      out := out || jsonb_build_object('section', 'action_items', 'message', format('"%s" needs a due date', item.title));
    end if;
  end loop;

  if major then
    if not private.filled(s #> '{lessons,went_well}') then
      out := out || jsonb_build_object('section', 'lessons', 'message', 'Say what went well');
    end if;
    if not private.filled(s #> '{lessons,went_wrong}') then
      out := out || jsonb_build_object('section', 'lessons', 'message', 'Say what went wrong');
    end if;
  end if;
  return out;
end
$$;

-- ── Rights ─────────────────────────────────────────────────────────────────────────────────────
alter table public.reviews enable row level security;
alter table public.review_sections enable row level security;
alter table public.review_section_revisions enable row level security;
alter table public.review_events enable row level security;
alter table public.review_action_items enable row level security;
revoke all on public.reviews, public.review_sections, public.review_section_revisions, public.review_events,
  public.review_action_items from anon, authenticated, public;

grant select on public.reviews, public.review_sections, public.review_section_revisions, public.review_events,
  public.review_action_items to authenticated;
grant update (content) on public.review_sections to authenticated;
grant insert (review_id, title, owner_id, due_date, priority, type, status, tracker_url), delete
  on public.review_action_items to authenticated;
grant update (title, owner_id, due_date, priority, type, status, tracker_url) on public.review_action_items to authenticated;
grant all on public.reviews, public.review_sections, public.review_section_revisions, public.review_events,
  public.review_action_items to service_role;

create policy "signed-in people read reviews" on public.reviews
  for select to authenticated using (true);
create policy "signed-in people read review sections" on public.review_sections
  for select to authenticated using (true);
create policy "signed-in people write review sections" on public.review_sections
  for update to authenticated using (private.app_role() is not null) with check (private.app_role() is not null);
create policy "signed-in people read review history" on public.review_section_revisions
  for select to authenticated using (true);
create policy "signed-in people read review events" on public.review_events
  for select to authenticated using (true);
create policy "signed-in people read action items" on public.review_action_items
  for select to authenticated using (true);
create policy "signed-in people add action items" on public.review_action_items
  for insert to authenticated with check (private.app_role() is not null);
create policy "signed-in people edit action items" on public.review_action_items
  for update to authenticated using (private.app_role() is not null) with check (private.app_role() is not null);
create policy "signed-in people remove action items" on public.review_action_items
  for delete to authenticated using (private.app_role() is not null);

-- ── What people do to a review (RPC) ───────────────────────────────────────────────────────────
-- Start the review of a resolved incident, with its sections pre-filled by the app (any section
-- left out starts blank). Idempotent: a second call, or a second person at the same instant,
-- gets the review that exists, whatever they sent.
create function public.start_review(incident_id uuid, sections jsonb default '{}') returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_status public.incident_status;
  v_id uuid;
  all_sections constant text[] := array['summary', 'timeline', 'impact', 'root_cause', 'action_items', 'lessons'];
begin
  perform private.require_person();
  select i.status into v_status from public.incidents i where i.id = start_review.incident_id for share;
  if not found then
    perform private.not_found('incident');
  end if;
  select r.id into v_id from public.reviews r where r.incident_id = start_review.incident_id;
  if found then
    return v_id;
  end if;
  if v_status <> 'resolved' then
    raise exception 'only a resolved incident can be reviewed' using errcode = '23514',
      hint = 'Resolve the incident first.';
  end if;
  if jsonb_typeof(coalesce(sections, '{}')) <> 'object'
     or exists (select 1 from jsonb_object_keys(coalesce(sections, '{}')) k where k <> all (all_sections)) then
    raise exception 'sections must be an object keyed by section name' using errcode = '22023';
  end if;
  insert into public.reviews (incident_id, created_by)
  values (start_review.incident_id, private.person_id())
  on conflict on constraint reviews_incident_id_key do nothing
  returning id into v_id;
  if v_id is null then
    select r.id into v_id from public.reviews r where r.incident_id = start_review.incident_id;
    return v_id;
  end if;
  insert into public.review_sections (review_id, section, content, updated_by)
  select v_id, s, coalesce(start_review.sections -> s, private.empty_review_section(s)), private.person_id()
  from unnest(all_sections) s;
  perform private.record_review_event(v_id, 'started');
  return v_id;
end
$$;

-- The review row, locked for a state move; 404 when there is none.
create function private.review_for_move(p_review uuid) returns public.reviews
language plpgsql volatile security definer set search_path = ''
as $$
declare
  r public.reviews;
begin
  perform private.require_person();
  select * into r from public.reviews where id = p_review for update;
  if not found then
    perform private.not_found('review');
  end if;
  return r;
end
$$;

create function public.submit_review(review_id uuid) returns public.reviews
language plpgsql volatile security definer set search_path = ''
as $$
declare
  r public.reviews := private.review_for_move(submit_review.review_id);
begin
  if r.state = 'in_review' then
    return r;
  end if;
  if r.state <> 'draft' then
    raise exception 'this review is published: only action item status can change' using errcode = '42501';
  end if;
  update public.reviews set state = 'in_review', submitted_at = now(), submitted_by = private.person_id()
  where id = r.id returning * into r;
  perform private.record_review_event(r.id, 'submitted');
  return r;
end
$$;

create function public.return_review_to_draft(review_id uuid) returns public.reviews
language plpgsql volatile security definer set search_path = ''
as $$
declare
  r public.reviews := private.review_for_move(return_review_to_draft.review_id);
begin
  if r.state = 'draft' then
    return r;
  end if;
  if r.state <> 'in_review' then
    raise exception 'this review is published: only action item status can change' using errcode = '42501';
  end if;
  update public.reviews set state = 'draft' where id = r.id returning * into r;
  perform private.record_review_event(r.id, 'returned_to_draft');
  return r;
end
$$;

-- Publish a review in review. Refused with 23514 and the missing list (JSON) in `details` when
-- the severity's sections are not all there. The row lock makes saves in flight finish first
-- (they hold a share lock on the review), so what was checked is what is published.
create function public.publish_review(review_id uuid) returns public.reviews
language plpgsql volatile security definer set search_path = ''
as $$
declare
  r public.reviews := private.review_for_move(publish_review.review_id);
  missing jsonb;
begin
  if r.state = 'published' then
    return r;
  end if;
  if r.state <> 'in_review' then
    raise exception 'submit the review for review before publishing it' using errcode = 'P0001';
  end if;
  missing := private.review_missing(r.id);
  if jsonb_array_length(missing) > 0 then
    raise exception 'this review is not ready to publish' using errcode = '23514', detail = missing::text,
      hint = 'details lists what is missing, section by section';
  end if;
  update public.reviews set state = 'published', published_at = now(), published_by = private.person_id()
  where id = r.id returning * into r;
  perform private.record_review_event(r.id, 'published',
    jsonb_build_object('severity', (select severity from public.incidents where id = r.incident_id)));
  return r;
end
$$;

-- What a review still needs, as publish_review would say it (the app shows its own list; this
-- one is for tools and the cross-check test). Security definer reads; null for an unknown review.
create function public.review_missing(review_id uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_person();
  if not exists (select 1 from public.reviews r where r.id = review_missing.review_id) then
    return null;
  end if;
  return private.review_missing(review_missing.review_id);
end
$$;

-- ── Lists ──────────────────────────────────────────────────────────────────────────────────────
-- Every review with its incident and its action item counts. Security invoker: RLS decides.
create view public.review_summaries with (security_invoker = true) as
select r.id, r.incident_id, i.number as incident_number, i.title as incident_title, i.severity, i.drill,
  i.service_ids, r.state, r.created_at, r.created_by, r.submitted_at, r.published_at, r.published_by,
  (select max(s.updated_at) from public.review_sections s where s.review_id = r.id) as updated_at,
  coalesce(a.n_total, 0) as total_items, coalesce(a.n_open, 0) as open_items, a.next_due_date
from public.reviews r
join public.incidents i on i.id = r.incident_id
left join lateral (
  select count(*)::integer as n_total,
         (count(*) filter (where x.status in ('open', 'in_progress')))::integer as n_open,
         min(x.due_date) filter (where x.status in ('open', 'in_progress')) as next_due_date
  from public.review_action_items x where x.review_id = r.id
) a on true;
comment on view public.review_summaries is 'Reviews with their incident and open action items, for the reviews list.';
revoke all on public.review_summaries from anon, authenticated, public;
grant select on public.review_summaries to authenticated, service_role;

-- Action items across incidents, filtered by owner, status and service (the incident's), overdue
-- first (most overdue first), then the rest unfinished by due date, then finished ones, latest
-- closed first. `today` is the viewer's date in their zone: "overdue" is theirs to see.
create function public.list_action_items(
  owner text default null,
  statuses text[] default null,
  service uuid default null,
  today date default null,
  max_rows integer default 200
) returns table (
  id uuid, review_id uuid, title text, owner_id text, due_date date, priority text, type text, status text,
  tracker_url text, version integer, created_at timestamptz, updated_at timestamptz, closed_at timestamptz,
  incident_id uuid, incident_number bigint, incident_title text, severity text, drill boolean, service_ids uuid[],
  review_state public.review_state, overdue boolean
)
language sql stable security invoker set search_path = ''
as $$
  select a.id, a.review_id, a.title, a.owner_id, a.due_date, a.priority, a.type, a.status, a.tracker_url, a.version,
    a.created_at, a.updated_at, a.closed_at, i.id, i.number, i.title, i.severity, i.drill, i.service_ids, r.state,
    coalesce(a.status in ('open', 'in_progress') and a.due_date < coalesce(list_action_items.today, current_date), false) as overdue
  from public.review_action_items a
  join public.reviews r on r.id = a.review_id
  join public.incidents i on i.id = r.incident_id
  where (list_action_items.owner is null or a.owner_id = list_action_items.owner)
    and (list_action_items.statuses is null or a.status = any (list_action_items.statuses))
    and (list_action_items.service is null or i.service_ids @> array[list_action_items.service])
  order by
    case when a.status in ('open', 'in_progress') and a.due_date < coalesce(list_action_items.today, current_date) then 0
         when a.status in ('open', 'in_progress') then 1 else 2 end,
    case when a.status in ('open', 'in_progress') then a.due_date end asc nulls last,
    a.closed_at desc nulls last, a.created_at, a.id
  limit least(greatest(coalesce(list_action_items.max_rows, 200), 1), 1000)
$$;

revoke all on function private.has_exactly(jsonb, text[]), private.is_text(jsonb, integer), private.is_instant(text),
  private.review_content_ok(text, jsonb), private.empty_review_section(text), private.record_review_event(uuid, text, jsonb),
  private.review_state_for_write(uuid), private.refuse_if_published(uuid), private.action_item_fields(public.review_action_items),
  private.filled(jsonb), private.review_missing(uuid), private.review_for_move(uuid) from public;
-- Check constraints run as the writer (triggers as their owner): the shape checks are theirs to call.
grant execute on function private.has_exactly(jsonb, text[]), private.is_text(jsonb, integer), private.is_instant(text),
  private.review_content_ok(text, jsonb) to authenticated, service_role;
revoke all on function public.start_review(uuid, jsonb), public.submit_review(uuid), public.return_review_to_draft(uuid),
  public.publish_review(uuid), public.review_missing(uuid), public.list_action_items(text, text[], uuid, date, integer)
  from public, anon;
grant execute on function public.start_review(uuid, jsonb), public.submit_review(uuid), public.return_review_to_draft(uuid),
  public.publish_review(uuid), public.review_missing(uuid), public.list_action_items(text, text[], uuid, date, integer)
  to authenticated, service_role;
