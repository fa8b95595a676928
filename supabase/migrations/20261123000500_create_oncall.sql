-- On-call: rotations and who takes their shifts, overrides on top, the escalation matrix, groups,
-- the readiness checklist, handoff notes and calendar feed tokens. The shift math lives in
-- lib/oncall (pure TypeScript); the database keeps the configuration honest: bad input is refused
-- by constraints, conflicting overrides by an exclusion constraint (so two at the same instant
-- cannot both win), rights by RLS, and every change is kept with its before and after by ONE
-- writer, private.record_oncall_change.

-- Exclusion constraints on (uuid, text, tstzrange) need btree_gist for the `=` parts. Hosted
-- Supabase keeps extensions in the `extensions` schema; the local bootstrap has no such schema,
-- so make it (idempotent there, a no-op on hosted).
create schema if not exists extensions;
create extension if not exists btree_gist with schema extensions;

-- ── Rotations ──────────────────────────────────────────────────────────────────────────────────
create table public.rotations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  time_zone text not null check (private.is_time_zone(time_zone)),
  -- Shift length: count × unit. Hours follow elapsed time, days and weeks the wall clock (rotation.ts).
  shift_unit text not null check (shift_unit in ('hours', 'days', 'weeks')),
  shift_count integer not null check (shift_count between 1 and 1000),
  -- Wall clock in time_zone. `time` accepts 24:00 and seconds; a handoff is a minute of the day.
  handoff_time time not null
    check (handoff_time < time '24:00' and extract(second from handoff_time) = 0),
  -- The first shift starts at handoff_time on this date, in time_zone.
  start_date date not null,
  -- Who backs the primary up: the next participant in order, or the primary of another rotation.
  -- No cascade: deleting a rotation another one leans on must be a decision, not a silent gap (23503).
  secondary_kind text not null default 'next_participant' check (secondary_kind in ('next_participant', 'rotation')),
  secondary_rotation_id uuid references public.rotations (id) on delete no action,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint rotations_secondary_check check (
    (secondary_kind = 'rotation') = (secondary_rotation_id is not null) and secondary_rotation_id is distinct from id)
);
comment on table public.rotations is
  'On-call rotations. Everyone signed in reads them; leads and admins edit them (save_rotation writes one with its participants and services at once).';

create table public.rotation_services (
  rotation_id uuid not null references public.rotations (id) on delete cascade,
  service_id uuid not null references public.services (id) on delete cascade,
  primary key (rotation_id, service_id)
);
create index rotation_services_service on public.rotation_services (service_id);
comment on table public.rotation_services is 'The services a rotation covers (several per rotation).';

-- Positions are slots in the order shifts are taken (0 first); a person may hold several. The
-- unique is deferrable so a reorder can swap two positions in one transaction.
create table public.rotation_participants (
  id uuid primary key default gen_random_uuid(),
  rotation_id uuid not null references public.rotations (id) on delete cascade,
  position integer not null check (position between 0 and 999),
  person_id text not null references public.people (id) on delete cascade,
  constraint rotation_participants_position_key unique (rotation_id, position) deferrable initially immediate
);
create index rotation_participants_person on public.rotation_participants (person_id);
comment on table public.rotation_participants is
  'Who takes a rotation''s shifts, in order. Leads and admins edit; the app shows who is on call before and after a change.';

-- ── Overrides ──────────────────────────────────────────────────────────────────────────────────
-- The same model as lib/oncall/overrides.ts: over [starts_at, ends_at)
--   replace: add_person covers for remove_person;  add: add_person is on call too;
--   remove: remove_person is taken off call.
create table public.rotation_overrides (
  id uuid primary key default gen_random_uuid(),
  rotation_id uuid not null references public.rotations (id) on delete cascade,
  kind text not null check (kind in ('replace', 'add', 'remove')),
  add_person_id text references public.people (id) on delete cascade,
  remove_person_id text references public.people (id) on delete cascade,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  note text not null default '' check (char_length(note) <= 500),
  created_by text references public.people (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint rotation_overrides_range_check check (ends_at > starts_at),
  constraint rotation_overrides_people_check check (case kind
    when 'replace' then add_person_id is not null and remove_person_id is not null and add_person_id <> remove_person_id
    when 'add' then add_person_id is not null and remove_person_id is null
    when 'remove' then remove_person_id is not null and add_person_id is null end)
);
create index rotation_overrides_rotation on public.rotation_overrides (rotation_id, starts_at);
comment on table public.rotation_overrides is
  'Changes to who is on call for a range. Leads and admins make any; a responder may put themself on call (replace or add) and delete such an override of their own. Conflicts are refused (private.override_people).';

-- What "conflicting" means (lib/oncall/overrides.ts, overridesConflict): two overrides of the SAME
-- rotation whose half-open ranges [starts_at, ends_at) overlap and that affect a COMMON PERSON, the
-- affected people being the one added (replace's cover, add's person) and the one removed
-- (replace's covered person, remove's person). So these conflict when they overlap: two covers for
-- Ana; "Ben covers Ana" and "Cai covers Ana"; "add Ben" and "remove Ben"; "Ben covers Ana" and
-- "Cai covers Ben"; "add Ben" twice. These do not: back-to-back ranges ([a,b) and [b,c)), different
-- people, different rotations. Without the rule the schedule would depend on the order overrides
-- are applied in.
--
-- One row per affected person, kept by the trigger below, and an exclusion constraint on
-- (rotation, person, range &&). Unlike a check-then-insert, the constraint holds for two inserts at
-- the same instant: the second waits on the first's index entry and fails with 23P01 once it
-- commits. In `private`: not exposed by PostgREST, written only by the trigger.
create table private.override_people (
  override_id uuid not null references public.rotation_overrides (id) on delete cascade,
  rotation_id uuid not null,
  person_id text not null,
  during tstzrange not null,
  primary key (override_id, person_id),
  constraint rotation_overrides_no_conflict
    exclude using gist (rotation_id with =, person_id with =, during with &&)
);
alter table private.override_people enable row level security;
revoke all on private.override_people from anon, authenticated, public;

-- Security definer: the affected-people rows are not the caller's to write.
-- PostgREST answers a plain 23P01 with 400; a conflict with what someone else saved first is a
-- 409 like 23505, so under PostgREST (request.method set) it is re-raised as one, code kept.
create function private.sync_override_people() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_detail text;
begin
  -- Override writes of one rotation take turns. The constraint alone is still correct, but two
  -- conflicting inserts at once each find the other's index entry, wait for each other and one dies
  -- of a deadlock (40P01) a second later. Taking turns, the second sees the first committed: 23P01.
  -- No key update: compatible with the key-share lock the foreign key check already holds.
  perform from public.rotations where id = new.rotation_id for no key update;
  -- An edited override is checked against others, never against its own old version.
  delete from private.override_people where override_id = new.id;
  insert into private.override_people (override_id, rotation_id, person_id, during)
  select new.id, new.rotation_id, p, tstzrange(new.starts_at, new.ends_at, '[)')
  from unnest(array[new.add_person_id, new.remove_person_id]) p
  where p is not null;
  return null;
exception when exclusion_violation then
  if coalesce(current_setting('request.method', true), '') = '' then
    raise;
  end if;
  get stacked diagnostics v_detail = pg_exception_detail;
  raise sqlstate 'PGRST' using
    message = json_build_object('code', '23P01',
      'message', 'conflicting key value violates exclusion constraint "rotation_overrides_no_conflict"',
      'details', v_detail,
      'hint', 'Another override of this rotation affects the same person at an overlapping time.')::text,
    detail = json_build_object('status', 409, 'headers', json_build_object())::text;
end
$$;
create trigger sync_override_people after insert or update on public.rotation_overrides
  for each row execute function private.sync_override_people();

-- Who made an override is who asked (a superuser seed may say).
create function private.before_override_write() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.created_by := coalesce(private.person_id(), new.created_by);
    new.created_at := now();
  else
    new.created_by := old.created_by;
    new.created_at := old.created_at;
  end if;
  return new;
end
$$;
create trigger before_override_write before insert or update on public.rotation_overrides
  for each row execute function private.before_override_write();

-- ── Groups and the escalation matrix ───────────────────────────────────────────────────────────
create table public.oncall_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (char_length(btrim(name)) between 1 and 80),
  description text not null default '' check (char_length(description) <= 500),
  created_at timestamptz not null default now()
);
comment on table public.oncall_groups is 'Named groups an escalation can page (e.g. Engineering leadership).';

create table public.oncall_group_members (
  group_id uuid not null references public.oncall_groups (id) on delete cascade,
  person_id text not null references public.people (id) on delete cascade,
  primary key (group_id, person_id)
);
create index oncall_group_members_person on public.oncall_group_members (person_id);

-- One policy per service, and optionally one per (service, severity) that wins over it.
create table public.escalation_policies (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references public.services (id) on delete cascade,
  -- null: every severity without a policy of its own.
  severity text references public.severities (id) on update cascade on delete cascade,
  created_at timestamptz not null default now(),
  constraint escalation_policies_service_severity_key unique nulls not distinct (service_id, severity)
);
comment on table public.escalation_policies is
  'Who is paged for a service (optionally per severity), level by level. Leads and admins edit.';

create table public.escalation_levels (
  id uuid primary key default gen_random_uuid(),
  policy_id uuid not null references public.escalation_policies (id) on delete cascade,
  -- 1 is paged first. Deferrable, so levels can be reordered in one transaction.
  level integer not null check (level between 1 and 20),
  target_kind text not null check (target_kind in ('rotation_primary', 'rotation_secondary', 'person', 'group')),
  -- No cascade: a level must never silently lose its target; remove or retarget the level first (23503).
  target_rotation_id uuid references public.rotations (id) on delete no action,
  target_person_id text references public.people (id) on delete no action,
  target_group_id uuid references public.oncall_groups (id) on delete no action,
  -- Minutes to wait for an acknowledgement before paging the next level.
  wait_minutes integer not null default 5 check (wait_minutes between 0 and 10080),
  -- Times this level is paged again (each after wait_minutes) before moving on.
  repeat_count integer not null default 0 check (repeat_count between 0 and 10),
  constraint escalation_levels_level_key unique (policy_id, level) deferrable initially immediate,
  -- Exactly one target, and the one target_kind names.
  constraint escalation_levels_target_check check (
    num_nonnulls(target_rotation_id, target_person_id, target_group_id) = 1 and case target_kind
      when 'rotation_primary' then target_rotation_id is not null
      when 'rotation_secondary' then target_rotation_id is not null
      when 'person' then target_person_id is not null
      when 'group' then target_group_id is not null end)
);
create index escalation_levels_rotation on public.escalation_levels (target_rotation_id);
create index escalation_levels_person on public.escalation_levels (target_person_id);
create index escalation_levels_group on public.escalation_levels (target_group_id);

-- ── Readiness ──────────────────────────────────────────────────────────────────────────────────
create table public.oncall_checklist_items (
  id uuid primary key default gen_random_uuid(),
  title text not null check (char_length(btrim(title)) between 1 and 120),
  description text not null default '' check (char_length(description) <= 1000),
  position integer not null default 0,
  created_at timestamptz not null default now()
);
comment on table public.oncall_checklist_items is 'Tooling a person needs before going on call. Leads and admins edit the list.';

create table public.oncall_checklist_status (
  item_id uuid not null references public.oncall_checklist_items (id) on delete cascade,
  person_id text not null references public.people (id) on delete cascade,
  status text not null default 'missing' check (status in ('missing', 'requested', 'ready')),
  note text not null default '' check (char_length(note) <= 500),
  updated_at timestamptz not null default now(),
  updated_by text references public.people (id) on delete set null,
  primary key (item_id, person_id)
);
create index oncall_checklist_status_person on public.oncall_checklist_status (person_id);
comment on table public.oncall_checklist_status is
  'Each person''s readiness per checklist item. Each person edits their own; leads and admins anyone''s.';

create function private.before_checklist_status_write() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  new.updated_at := now();
  new.updated_by := coalesce(private.person_id(), new.updated_by);
  return new;
end
$$;
create trigger before_checklist_status_write before insert or update on public.oncall_checklist_status
  for each row execute function private.before_checklist_status_write();

-- The outgoing on-call person's note for the next one.
create table public.rotation_handoff_notes (
  id uuid primary key default gen_random_uuid(),
  rotation_id uuid not null references public.rotations (id) on delete cascade,
  author_id text default private.person_id() references public.people (id) on delete set null,
  body text not null check (body ~ '\S' and char_length(body) <= 5000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index rotation_handoff_notes_rotation on public.rotation_handoff_notes (rotation_id, created_at desc);
comment on table public.rotation_handoff_notes is
  'Handoff notes, newest shown to whoever takes over. Written by the rotation''s participants (or leads and admins); edited by their author.';

create function private.before_handoff_note_write() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.author_id := coalesce(private.person_id(), new.author_id);
  else
    new.author_id := old.author_id;
    new.rotation_id := old.rotation_id;
    new.created_at := old.created_at;
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger before_handoff_note_write before insert or update on public.rotation_handoff_notes
  for each row execute function private.before_handoff_note_write();

-- ── Calendar feeds ─────────────────────────────────────────────────────────────────────────────
-- The feed URL carries a secret token; only its SHA-256 is stored, so a leaked database or change
-- log cannot be turned into working URLs. Revoked, never deleted: the feed route refuses it.
create table public.calendar_feed_tokens (
  id uuid primary key default gen_random_uuid(),
  owner_id text not null default private.person_id() references public.people (id) on delete cascade,
  token_hash bytea not null unique check (octet_length(token_hash) = 32),
  scope text not null check (scope in ('rotation', 'person')),
  rotation_id uuid references public.rotations (id) on delete cascade,
  person_id text references public.people (id) on delete cascade,
  label text not null default '' check (char_length(label) <= 100),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  constraint calendar_feed_tokens_target_check check (
    (scope = 'rotation') = (rotation_id is not null) and (scope = 'person') = (person_id is not null))
);
create index calendar_feed_tokens_owner on public.calendar_feed_tokens (owner_id);
comment on table public.calendar_feed_tokens is
  'iCal feed tokens (SHA-256 only). Each person sees and revokes their own; leads and admins all.';

create function private.guard_feed_token_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
    raise exception 'a revoked feed stays revoked' using errcode = '23514', constraint = 'calendar_feed_tokens_revoked';
  end if;
  return new;
end
$$;
create trigger guard_feed_token_update before update on public.calendar_feed_tokens
  for each row execute function private.guard_feed_token_update();

-- ── Change history: the one writer ─────────────────────────────────────────────────────────────
create table public.oncall_changes (
  id bigint generated always as identity primary key,
  entity_type text not null,
  entity_id text not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  before jsonb,
  after jsonb,
  -- null when no person asked (seed, maintenance as superuser).
  changed_by text references public.people (id) on delete set null,
  changed_at timestamptz not null default clock_timestamp(),
  constraint oncall_changes_shape check (
    (action = 'insert') = (before is null) and (action = 'delete') = (after is null))
);
create index oncall_changes_entity on public.oncall_changes (entity_type, entity_id, changed_at);
create index oncall_changes_recent on public.oncall_changes (changed_at desc);
comment on table public.oncall_changes is
  'Every change to on-call configuration with its before and after. Written only by private.record_oncall_change; read by everyone signed in.';

-- Trigger arguments: the key columns, joined with ':' into entity_id. Security definer: nobody
-- else may write the history. Token hashes are left out; updated_at alone is not a change.
create function private.record_oncall_change() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  b jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'token_hash' end;
  a jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'token_hash' end;
  v_id text;
begin
  if tg_op = 'UPDATE' and (a - 'updated_at') = (b - 'updated_at') then
    return null;
  end if;
  select string_agg(coalesce(a, b) ->> k, ':' order by n) into v_id
  from unnest(tg_argv) with ordinality as t(k, n);
  insert into public.oncall_changes (entity_type, entity_id, action, before, after, changed_by)
  values (tg_table_name, v_id, lower(tg_op), b, a, private.person_id());
  return null;
end
$$;

create trigger record_change after insert or update or delete on public.rotations
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.rotation_services
  for each row execute function private.record_oncall_change('rotation_id', 'service_id');
create trigger record_change after insert or update or delete on public.rotation_participants
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.rotation_overrides
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.oncall_groups
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.oncall_group_members
  for each row execute function private.record_oncall_change('group_id', 'person_id');
create trigger record_change after insert or update or delete on public.escalation_policies
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.escalation_levels
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.oncall_checklist_items
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.oncall_checklist_status
  for each row execute function private.record_oncall_change('item_id', 'person_id');
create trigger record_change after insert or update or delete on public.rotation_handoff_notes
  for each row execute function private.record_oncall_change('id');
create trigger record_change after insert or update or delete on public.calendar_feed_tokens
  for each row execute function private.record_oncall_change('id');

create function private.touch_updated_at() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  new.updated_at := now();
  new.created_at := old.created_at;
  return new;
end
$$;
create trigger touch_updated_at before update on public.rotations
  for each row execute function private.touch_updated_at();

-- ── Rights ─────────────────────────────────────────────────────────────────────────────────────
alter table public.rotations enable row level security;
alter table public.rotation_services enable row level security;
alter table public.rotation_participants enable row level security;
alter table public.rotation_overrides enable row level security;
alter table public.oncall_groups enable row level security;
alter table public.oncall_group_members enable row level security;
alter table public.escalation_policies enable row level security;
alter table public.escalation_levels enable row level security;
alter table public.oncall_checklist_items enable row level security;
alter table public.oncall_checklist_status enable row level security;
alter table public.rotation_handoff_notes enable row level security;
alter table public.calendar_feed_tokens enable row level security;
alter table public.oncall_changes enable row level security;
revoke all on public.rotations, public.rotation_services, public.rotation_participants, public.rotation_overrides,
  public.oncall_groups, public.oncall_group_members, public.escalation_policies, public.escalation_levels,
  public.oncall_checklist_items, public.oncall_checklist_status, public.rotation_handoff_notes,
  public.calendar_feed_tokens, public.oncall_changes
  from anon, authenticated, public;
grant all on public.rotations, public.rotation_services, public.rotation_participants, public.rotation_overrides,
  public.oncall_groups, public.oncall_group_members, public.escalation_policies, public.escalation_levels,
  public.oncall_checklist_items, public.oncall_checklist_status, public.rotation_handoff_notes,
  public.calendar_feed_tokens, public.oncall_changes
  to service_role;

-- Configuration: everyone signed in reads (on-call contacts must be visible); leads and admins write.
grant select, delete on public.rotations, public.rotation_services, public.rotation_participants,
  public.oncall_groups, public.oncall_group_members, public.escalation_policies, public.escalation_levels,
  public.oncall_checklist_items
  to authenticated;
grant insert (name, time_zone, shift_unit, shift_count, handoff_time, start_date, secondary_kind, secondary_rotation_id),
  update (name, time_zone, shift_unit, shift_count, handoff_time, start_date, secondary_kind, secondary_rotation_id)
  on public.rotations to authenticated;
grant insert (rotation_id, service_id) on public.rotation_services to authenticated;
grant insert (rotation_id, position, person_id), update (position, person_id) on public.rotation_participants to authenticated;
grant insert (name, description), update (name, description) on public.oncall_groups to authenticated;
grant insert (group_id, person_id) on public.oncall_group_members to authenticated;
grant insert (service_id, severity) on public.escalation_policies to authenticated;
grant insert (policy_id, level, target_kind, target_rotation_id, target_person_id, target_group_id, wait_minutes, repeat_count),
  update (level, target_kind, target_rotation_id, target_person_id, target_group_id, wait_minutes, repeat_count)
  on public.escalation_levels to authenticated;
grant insert (title, description, position), update (title, description, position)
  on public.oncall_checklist_items to authenticated;

do $$
declare
  t text;
begin
  foreach t in array array['rotations', 'rotation_services', 'rotation_participants', 'oncall_groups',
    'oncall_group_members', 'escalation_policies', 'escalation_levels', 'oncall_checklist_items'] loop
    execute format('create policy "signed-in people read %1$s" on public.%1$I for select to authenticated using (true)', t);
    execute format('create policy "leads and admins add %1$s" on public.%1$I for insert to authenticated
      with check (private.is_lead_or_admin())', t);
    execute format('create policy "leads and admins edit %1$s" on public.%1$I for update to authenticated
      using (private.is_lead_or_admin()) with check (private.is_lead_or_admin())', t);
    execute format('create policy "leads and admins remove %1$s" on public.%1$I for delete to authenticated
      using (private.is_lead_or_admin())', t);
  end loop;
end
$$;

-- Overrides: leads and admins make any. A responder may take a shift (replace or add with
-- themself as the one on call) and delete such an override they made; editing is for leads.
grant select, delete on public.rotation_overrides to authenticated;
grant insert (rotation_id, kind, add_person_id, remove_person_id, starts_at, ends_at, note),
  update (kind, add_person_id, remove_person_id, starts_at, ends_at, note)
  on public.rotation_overrides to authenticated;
create policy "signed-in people read overrides" on public.rotation_overrides
  for select to authenticated using (true);
create policy "leads and admins add any override; others put themselves on call" on public.rotation_overrides
  for insert to authenticated with check (
    private.is_lead_or_admin()
    or (private.app_role() is not null and kind in ('replace', 'add') and add_person_id = private.person_id()));
create policy "leads and admins edit overrides" on public.rotation_overrides
  for update to authenticated using (private.is_lead_or_admin()) with check (private.is_lead_or_admin());
create policy "leads and admins remove overrides; others the shifts they took" on public.rotation_overrides
  for delete to authenticated using (
    private.is_lead_or_admin()
    or (created_by = private.person_id() and add_person_id = private.person_id() and kind in ('replace', 'add')));

-- Checklist status: each person their own; leads and admins anyone's.
grant select, delete on public.oncall_checklist_status to authenticated;
grant insert (item_id, person_id, status, note), update (status, note) on public.oncall_checklist_status to authenticated;
create policy "signed-in people read readiness" on public.oncall_checklist_status
  for select to authenticated using (true);
create policy "people add their own readiness; leads and admins anyone's" on public.oncall_checklist_status
  for insert to authenticated with check (
    private.is_lead_or_admin() or (private.app_role() is not null and person_id = private.person_id()));
create policy "people edit their own readiness; leads and admins anyone's" on public.oncall_checklist_status
  for update to authenticated
  using (private.is_lead_or_admin() or person_id = private.person_id())
  with check (private.is_lead_or_admin() or person_id = private.person_id());
create policy "people remove their own readiness; leads and admins anyone's" on public.oncall_checklist_status
  for delete to authenticated using (private.is_lead_or_admin() or person_id = private.person_id());

-- Handoff notes: written by someone who takes the rotation's shifts (a participant, or on call by
-- an override) or a lead/admin; edited by their author; removed by their author or a lead/admin.
create function private.takes_shifts_of(p_rotation uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.rotation_participants p
                 where p.rotation_id = p_rotation and p.person_id = private.person_id())
      or exists (select 1 from public.rotation_overrides o
                 where o.rotation_id = p_rotation and o.add_person_id = private.person_id())
$$;
grant select, delete on public.rotation_handoff_notes to authenticated;
grant insert (rotation_id, body), update (body) on public.rotation_handoff_notes to authenticated;
create policy "signed-in people read handoff notes" on public.rotation_handoff_notes
  for select to authenticated using (true);
create policy "people on the rotation leave handoff notes" on public.rotation_handoff_notes
  for insert to authenticated with check (
    author_id = private.person_id() and (private.is_lead_or_admin() or private.takes_shifts_of(rotation_id)));
create policy "authors edit their handoff notes" on public.rotation_handoff_notes
  for update to authenticated using (author_id = private.person_id()) with check (author_id = private.person_id());
create policy "authors, leads and admins remove handoff notes" on public.rotation_handoff_notes
  for delete to authenticated using (author_id = private.person_id() or private.is_lead_or_admin());

-- Feed tokens: the only on-call table people cannot all read.
grant select on public.calendar_feed_tokens to authenticated;
grant insert (token_hash, scope, rotation_id, person_id, label), update (label, revoked_at)
  on public.calendar_feed_tokens to authenticated;
create policy "people see their own feeds; leads and admins all" on public.calendar_feed_tokens
  for select to authenticated using (owner_id = private.person_id() or private.is_lead_or_admin());
create policy "people make feeds for themselves" on public.calendar_feed_tokens
  for insert to authenticated with check (private.app_role() is not null and owner_id = private.person_id());
create policy "people revoke their own feeds; leads and admins any" on public.calendar_feed_tokens
  for update to authenticated
  using (owner_id = private.person_id() or private.is_lead_or_admin())
  with check (owner_id = private.person_id() or private.is_lead_or_admin());

-- History: read-only for people; a feed's history only for who may see the feed.
grant select on public.oncall_changes to authenticated;
create policy "signed-in people read on-call history" on public.oncall_changes
  for select to authenticated using (
    entity_type <> 'calendar_feed_tokens' or private.is_lead_or_admin()
    or coalesce(after, before) ->> 'owner_id' = private.person_id());

-- ── RPC ────────────────────────────────────────────────────────────────────────────────────────
-- A rotation with its ordered participants and its services, in one transaction: a bad participant
-- or service leaves nothing behind. Security invoker: RLS decides (leads and admins). Participants
-- are slots: position i takes participants[i+1]; only slots that change are written, so the history
-- shows exactly who moved. rotation_id null creates a rotation.
create function public.save_rotation(
  name text,
  time_zone text,
  shift_unit text,
  shift_count integer,
  handoff_time time,
  start_date date,
  participants text[],
  service_ids uuid[] default '{}',
  secondary_kind text default 'next_participant',
  secondary_rotation_id uuid default null,
  rotation_id uuid default null
) returns public.rotations
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  r public.rotations;
begin
  if not private.is_lead_or_admin() then
    raise exception 'only leads and admins edit rotations' using errcode = '42501';
  end if;
  if coalesce(cardinality(save_rotation.participants), 0) = 0 then
    raise exception 'a rotation needs at least one participant' using errcode = '23514',
      constraint = 'rotation_participants_required';
  end if;
  if save_rotation.rotation_id is null then
    insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date,
      secondary_kind, secondary_rotation_id)
    values (save_rotation.name, save_rotation.time_zone, save_rotation.shift_unit, save_rotation.shift_count,
      save_rotation.handoff_time, save_rotation.start_date, coalesce(save_rotation.secondary_kind, 'next_participant'),
      save_rotation.secondary_rotation_id)
    returning * into r;
  else
    update public.rotations set name = save_rotation.name, time_zone = save_rotation.time_zone,
      shift_unit = save_rotation.shift_unit, shift_count = save_rotation.shift_count,
      handoff_time = save_rotation.handoff_time, start_date = save_rotation.start_date,
      secondary_kind = coalesce(save_rotation.secondary_kind, 'next_participant'),
      secondary_rotation_id = save_rotation.secondary_rotation_id
    where id = save_rotation.rotation_id
    returning * into r;
    if r.id is null then
      -- A 404 with code P0002, as private.not_found raises it (that one is for definer functions).
      raise sqlstate 'PGRST' using
        message = json_build_object('code', 'P0002', 'message', 'no such rotation')::text,
        detail = json_build_object('status', 404, 'headers', json_build_object())::text;
    end if;
  end if;

  delete from public.rotation_participants p
  where p.rotation_id = r.id and p.position >= cardinality(save_rotation.participants);
  update public.rotation_participants p set person_id = x.person
  from unnest(save_rotation.participants) with ordinality as x(person, n)
  where p.rotation_id = r.id and p.position = x.n - 1 and p.person_id is distinct from x.person;
  insert into public.rotation_participants (rotation_id, position, person_id)
  select r.id, x.n - 1, x.person
  from unnest(save_rotation.participants) with ordinality as x(person, n)
  where not exists (select 1 from public.rotation_participants p where p.rotation_id = r.id and p.position = x.n - 1);

  delete from public.rotation_services s
  where s.rotation_id = r.id and not (s.service_id = any (coalesce(save_rotation.service_ids, '{}')));
  insert into public.rotation_services (rotation_id, service_id)
  select distinct r.id, u from unnest(coalesce(save_rotation.service_ids, '{}')) u
  where not exists (select 1 from public.rotation_services s where s.rotation_id = r.id and s.service_id = u);
  return r;
end
$$;

-- A calendar feed for the caller: the token is returned once and only its SHA-256 is kept. 244
-- random bits from two v4 UUIDs (core Postgres, no pgcrypto needed).
create function public.create_calendar_feed(
  scope text, rotation_id uuid default null, person_id text default null, label text default ''
) returns text
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  token text := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
begin
  insert into public.calendar_feed_tokens (token_hash, scope, rotation_id, person_id, label)
  values (sha256(convert_to(token, 'UTF8')), create_calendar_feed.scope, create_calendar_feed.rotation_id,
    create_calendar_feed.person_id, coalesce(create_calendar_feed.label, ''));
  return token;
end
$$;

revoke all on function private.sync_override_people(), private.before_override_write(),
  private.before_checklist_status_write(), private.before_handoff_note_write(), private.guard_feed_token_update(),
  private.record_oncall_change(), private.touch_updated_at(), private.takes_shifts_of(uuid) from public;
grant execute on function private.takes_shifts_of(uuid) to authenticated, service_role;
revoke all on function public.save_rotation(text, text, text, integer, time, date, text[], uuid[], text, uuid, uuid),
  public.create_calendar_feed(text, uuid, text, text) from public, anon;
grant execute on function public.save_rotation(text, text, text, integer, time, date, text[], uuid[], text, uuid, uuid),
  public.create_calendar_feed(text, uuid, text, text) to authenticated, service_role;
