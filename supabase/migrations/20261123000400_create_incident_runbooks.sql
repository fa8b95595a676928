-- Runbooks used during an incident: which runbook was attached, its checklist as it was at that
-- moment (so ticks stay against the right steps even if the file changes later), and the ticks.
-- Written only through the two functions below, which also put each change on the timeline
-- through the timeline's one writer.

alter table public.incident_events drop constraint incident_events_kind_check;
alter table public.incident_events add constraint incident_events_kind_check check (kind in (
  'declared', 'status', 'severity', 'field', 'role', 'key_time', 'acknowledged',
  'note', 'stakeholder_update', 'runbook_attached', 'runbook_step'
));

create table public.incident_runbooks (
  incident_id uuid not null references public.incidents (id) on delete cascade,
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  title text not null check (char_length(title) between 1 and 200),
  -- The runbook's task-list items when it was attached, in order.
  steps jsonb not null check (jsonb_typeof(steps) = 'array' and jsonb_array_length(steps) <= 500),
  attached_by text references public.people (id) on delete set null,
  attached_at timestamptz not null default now(),
  primary key (incident_id, slug)
);
comment on table public.incident_runbooks is 'Runbooks attached to an incident, with their checklist as attached. Read by everyone signed in; written by attach_runbook.';

create table public.runbook_step_ticks (
  incident_id uuid not null,
  slug text not null,
  step integer not null check (step >= 0),
  ticked_by text references public.people (id) on delete set null,
  ticked_at timestamptz not null default now(),
  primary key (incident_id, slug, step),
  foreign key (incident_id, slug) references public.incident_runbooks (incident_id, slug) on delete cascade
);
comment on table public.runbook_step_ticks is 'Checklist steps done during an incident. Written by tick_runbook_step.';

alter table public.incident_runbooks enable row level security;
alter table public.runbook_step_ticks enable row level security;
revoke all on public.incident_runbooks, public.runbook_step_ticks from anon, authenticated, public;
grant select on public.incident_runbooks, public.runbook_step_ticks to authenticated;
grant all on public.incident_runbooks, public.runbook_step_ticks to service_role;
create policy "signed-in people read attached runbooks" on public.incident_runbooks
  for select to authenticated using (true);
create policy "signed-in people read checklist ticks" on public.runbook_step_ticks
  for select to authenticated using (true);

-- The app reads the runbook file and sends its title and steps; attaching twice keeps the first.
create function public.attach_runbook(incident_id uuid, slug text, title text, steps jsonb) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
declare
  added boolean;
begin
  perform private.require_person();
  if not exists (select 1 from public.incidents i where i.id = attach_runbook.incident_id) then
    perform private.not_found('incident');
  end if;
  if steps is null or jsonb_typeof(steps) <> 'array'
     or exists (select 1 from jsonb_array_elements(steps) s where jsonb_typeof(s) <> 'string') then
    raise exception 'steps must be a list of texts' using errcode = '22023';
  end if;
  insert into public.incident_runbooks (incident_id, slug, title, steps, attached_by)
  values (attach_runbook.incident_id, attach_runbook.slug, attach_runbook.title, attach_runbook.steps, private.person_id())
  on conflict do nothing;
  added := found;
  if added then
    perform private.record_event(attach_runbook.incident_id, 'runbook_attached',
      jsonb_build_object('slug', attach_runbook.slug, 'title', attach_runbook.title, 'steps', jsonb_array_length(attach_runbook.steps)));
  end if;
  return added;
end
$$;

-- Tick or untick one step. Only a real change reaches the timeline.
create function public.tick_runbook_step(incident_id uuid, slug text, step integer, ticked boolean) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  r public.incident_runbooks;
  changed integer;
begin
  perform private.require_person();
  select * into r from public.incident_runbooks x
  where x.incident_id = tick_runbook_step.incident_id and x.slug = tick_runbook_step.slug;
  if not found then
    perform private.not_found('attached runbook');
  end if;
  if step is null or step < 0 or step >= jsonb_array_length(r.steps) then
    perform private.not_found('step');
  end if;
  if ticked then
    insert into public.runbook_step_ticks (incident_id, slug, step, ticked_by)
    values (r.incident_id, r.slug, step, private.person_id())
    on conflict do nothing;
  else
    delete from public.runbook_step_ticks t
    where t.incident_id = r.incident_id and t.slug = r.slug and t.step = tick_runbook_step.step;
  end if;
  get diagnostics changed = row_count;
  if changed > 0 then
    perform private.record_event(r.incident_id, 'runbook_step', jsonb_build_object(
      'slug', r.slug, 'title', r.title, 'step', step, 'text', r.steps ->> step, 'ticked', ticked));
  end if;
end
$$;

revoke all on function public.attach_runbook(uuid, text, text, jsonb), public.tick_runbook_step(uuid, text, integer, boolean)
  from public, anon;
grant execute on function public.attach_runbook(uuid, text, text, jsonb), public.tick_runbook_step(uuid, text, integer, boolean)
  to authenticated, service_role;

-- The incident page's one read now includes the attached runbooks and their ticks.
create or replace function public.incident_view(incident_number bigint) returns json
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
    'runbooks', coalesce((
      select jsonb_agg(jsonb_build_object(
               'slug', b.slug, 'title', b.title, 'steps', b.steps, 'attached_by', b.attached_by,
               'attached_at', b.attached_at,
               'runbook_step_ticks', coalesce((
                 select jsonb_agg(jsonb_build_object('step', t.step, 'ticked_by', t.ticked_by, 'ticked_at', t.ticked_at)
                                  order by t.step)
                 from public.runbook_step_ticks t where t.incident_id = b.incident_id and t.slug = b.slug), '[]'::jsonb))
             order by b.attached_at, b.slug)
      from public.incident_runbooks b where b.incident_id = i.id), '[]'::jsonb))
  from public.incidents i
  where i.number = incident_view.incident_number
$$;
