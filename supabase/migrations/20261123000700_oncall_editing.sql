-- On-call editing: an escalation policy with its ordered levels, a group with its members, a
-- person's readiness on one checklist item, and the checklist's order — each in one call, so a bad
-- level or member leaves nothing half-saved. All security invoker: RLS and the column grants of
-- 20261123000500_create_oncall.sql decide, these functions only spare the app several round trips
-- and write ONLY the rows that change, so private.record_oncall_change keeps an exact history.
--
-- Errors about one level say which ("level 2 violates check constraint \"…\""), so the app can
-- put the message on that level's field; PostgREST passes the message on, not the constraint name.

-- ── Escalation policies ────────────────────────────────────────────────────────────────────────
-- The levels a save asks for, numbered from 1 in array order. Only the target column the kind
-- names is kept: a form that switched from "a person" to "a group" may still carry the person.
create function private.escalation_levels_of(levels jsonb) returns table (
  level integer,
  target_kind text,
  target_rotation_id uuid,
  target_person_id text,
  target_group_id uuid,
  wait_minutes integer,
  repeat_count integer
)
language sql immutable set search_path = ''
as $$
  select e.n::integer,
    e.v ->> 'target_kind',
    case when e.v ->> 'target_kind' in ('rotation_primary', 'rotation_secondary') then (e.v ->> 'target_rotation_id')::uuid end,
    case when e.v ->> 'target_kind' = 'person' then e.v ->> 'target_person_id' end,
    case when e.v ->> 'target_kind' = 'group' then (e.v ->> 'target_group_id')::uuid end,
    coalesce((e.v ->> 'wait_minutes')::integer, 5),
    coalesce((e.v ->> 'repeat_count')::integer, 0)
  from jsonb_array_elements(levels) with ordinality as e(v, n)
$$;

-- levels: [{target_kind, target_rotation_id | target_person_id | target_group_id, wait_minutes,
-- repeat_count}, …], level 1 first. policy_id null creates the policy for (service_id, severity);
-- severity null is the policy for every severity without one of its own. A policy keeps its
-- service and severity (there is no update grant on escalation_policies): to move it, delete it
-- and add another. Levels are slots like rotation participants: moving a level up rewrites the two
-- slots that swapped, and only slots whose target or timing changed are written.
create function public.save_escalation_policy(
  levels jsonb,
  policy_id uuid default null,
  service_id uuid default null,
  severity text default null
) returns public.escalation_policies
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  p public.escalation_policies;
  l record;
  n integer;
begin
  if not private.is_lead_or_admin() then
    raise exception 'only leads and admins edit escalation policies' using errcode = '42501';
  end if;
  n := case when jsonb_typeof(save_escalation_policy.levels) = 'array' then jsonb_array_length(save_escalation_policy.levels) else 0 end;
  if n = 0 then
    raise exception 'a policy needs at least one level' using errcode = '23514', constraint = 'escalation_levels_required';
  end if;
  if n > 20 then
    raise exception 'level 21 violates check constraint "escalation_levels_level_check"' using errcode = '23514',
      constraint = 'escalation_levels_level_check', detail = 'A policy has at most 20 levels.';
  end if;

  -- Every level is checked before anything is written, and the first at fault is named.
  for l in select * from private.escalation_levels_of(save_escalation_policy.levels) order by 1 loop
    if l.target_kind is null or l.target_kind not in ('rotation_primary', 'rotation_secondary', 'person', 'group') then
      raise exception 'level % violates check constraint "escalation_levels_target_kind_check"', l.level
        using errcode = '23514', constraint = 'escalation_levels_target_kind_check',
        detail = format('Level %s does not say what it pages.', l.level);
    end if;
    if num_nonnulls(l.target_rotation_id, l.target_person_id, l.target_group_id) <> 1 then
      raise exception 'level % violates check constraint "escalation_levels_target_check"', l.level
        using errcode = '23514', constraint = 'escalation_levels_target_check',
        detail = format('Level %s has no target.', l.level);
    end if;
    -- Checked here, not left to the foreign key, so the error can name the level.
    if (l.target_rotation_id is not null and not exists (select 1 from public.rotations r where r.id = l.target_rotation_id))
      or (l.target_person_id is not null and not exists (select 1 from public.people x where x.id = l.target_person_id))
      or (l.target_group_id is not null and not exists (select 1 from public.oncall_groups g where g.id = l.target_group_id)) then
      raise exception 'level % violates foreign key constraint "escalation_levels_target_%_id_fkey"', l.level,
        case when l.target_kind like 'rotation%' then 'rotation' else l.target_kind end
        using errcode = '23503', constraint = 'escalation_levels_target_fkey',
        detail = format('Level %s pages something that no longer exists.', l.level);
    end if;
    if l.wait_minutes not between 0 and 10080 then
      raise exception 'level % violates check constraint "escalation_levels_wait_minutes_check"', l.level
        using errcode = '23514', constraint = 'escalation_levels_wait_minutes_check';
    end if;
    if l.repeat_count not between 0 and 10 then
      raise exception 'level % violates check constraint "escalation_levels_repeat_count_check"', l.level
        using errcode = '23514', constraint = 'escalation_levels_repeat_count_check';
    end if;
  end loop;

  if save_escalation_policy.policy_id is null then
    insert into public.escalation_policies (service_id, severity)
    values (save_escalation_policy.service_id, save_escalation_policy.severity)
    returning * into p;
  else
    select * into p from public.escalation_policies where id = save_escalation_policy.policy_id;
    if p.id is null then
      raise sqlstate 'PGRST' using
        message = json_build_object('code', 'P0002', 'message', 'no such escalation policy')::text,
        detail = json_build_object('status', 404, 'headers', json_build_object())::text;
    end if;
    if save_escalation_policy.service_id is not null
      and (save_escalation_policy.service_id, save_escalation_policy.severity) is distinct from (p.service_id, p.severity) then
      raise exception 'a policy keeps its service and severity; delete it and add another' using errcode = '22023';
    end if;
    -- Two saves of one policy take turns, so the second compares against what the first wrote
    -- (last save wins) instead of both inserting the same new level (23505).
    perform pg_advisory_xact_lock(hashtextextended('escalation_policy:' || p.id::text, 0));
  end if;

  delete from public.escalation_levels x where x.policy_id = p.id and x.level > n;
  update public.escalation_levels x
  set target_kind = w.target_kind, target_rotation_id = w.target_rotation_id, target_person_id = w.target_person_id,
    target_group_id = w.target_group_id, wait_minutes = w.wait_minutes, repeat_count = w.repeat_count
  from private.escalation_levels_of(save_escalation_policy.levels) w
  where x.policy_id = p.id and x.level = w.level
    and (x.target_kind, x.target_rotation_id, x.target_person_id, x.target_group_id, x.wait_minutes, x.repeat_count)
      is distinct from (w.target_kind, w.target_rotation_id, w.target_person_id, w.target_group_id, w.wait_minutes, w.repeat_count);
  insert into public.escalation_levels (policy_id, level, target_kind, target_rotation_id, target_person_id,
    target_group_id, wait_minutes, repeat_count)
  select p.id, w.level, w.target_kind, w.target_rotation_id, w.target_person_id, w.target_group_id, w.wait_minutes, w.repeat_count
  from private.escalation_levels_of(save_escalation_policy.levels) w
  where not exists (select 1 from public.escalation_levels x where x.policy_id = p.id and x.level = w.level);
  return p;
end
$$;

-- ── Groups ─────────────────────────────────────────────────────────────────────────────────────
-- A group with exactly these members. group_id null creates one. Unchanged name and description
-- are not rewritten; only members who join or leave are.
create function public.save_oncall_group(
  name text,
  member_ids text[],
  description text default '',
  group_id uuid default null
) returns public.oncall_groups
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  g public.oncall_groups;
begin
  if not private.is_lead_or_admin() then
    raise exception 'only leads and admins edit groups' using errcode = '42501';
  end if;
  if save_oncall_group.group_id is null then
    insert into public.oncall_groups (name, description)
    values (btrim(save_oncall_group.name), coalesce(save_oncall_group.description, ''))
    returning * into g;
  else
    update public.oncall_groups set name = btrim(save_oncall_group.name), description = coalesce(save_oncall_group.description, '')
    where id = save_oncall_group.group_id
      and (name, description) is distinct from (btrim(save_oncall_group.name), coalesce(save_oncall_group.description, ''));
    select * into g from public.oncall_groups where id = save_oncall_group.group_id;
    if g.id is null then
      raise sqlstate 'PGRST' using
        message = json_build_object('code', 'P0002', 'message', 'no such group')::text,
        detail = json_build_object('status', 404, 'headers', json_build_object())::text;
    end if;
  end if;
  delete from public.oncall_group_members m
  where m.group_id = g.id and not (m.person_id = any (coalesce(save_oncall_group.member_ids, '{}')));
  insert into public.oncall_group_members (group_id, person_id)
  select distinct g.id, u from unnest(coalesce(save_oncall_group.member_ids, '{}')) u
  where not exists (select 1 from public.oncall_group_members m where m.group_id = g.id and m.person_id = u);
  return g;
end
$$;

-- ── Readiness ──────────────────────────────────────────────────────────────────────────────────
-- One person's status on one checklist item: the caller's own unless person_id says whose (RLS:
-- leads and admins only). An upsert through PostgREST would also "update" the key columns, which
-- nobody may; and saving the same status and note again writes nothing (no history entry).
create function public.set_readiness(
  item_id uuid,
  status text,
  note text default '',
  person_id text default null
) returns public.oncall_checklist_status
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  s public.oncall_checklist_status;
  who text := coalesce(set_readiness.person_id, private.person_id());
begin
  insert into public.oncall_checklist_status (item_id, person_id, status, note)
  values (set_readiness.item_id, who, set_readiness.status, coalesce(set_readiness.note, ''))
  on conflict (item_id, person_id) do update set status = excluded.status, note = excluded.note
    where (public.oncall_checklist_status.status, public.oncall_checklist_status.note) is distinct from (excluded.status, excluded.note)
  returning * into s;
  if s.item_id is null then
    select * into s from public.oncall_checklist_status x where x.item_id = set_readiness.item_id and x.person_id = who;
  end if;
  return s;
end
$$;

-- The checklist in this order: item_ids[1] first. Only items whose place changes are written;
-- items not listed (added by someone else meanwhile) keep theirs.
create function public.reorder_checklist_items(item_ids uuid[]) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  if not private.is_lead_or_admin() then
    raise exception 'only leads and admins edit the checklist' using errcode = '42501';
  end if;
  update public.oncall_checklist_items i set position = x.n
  from unnest(reorder_checklist_items.item_ids) with ordinality as x(id, n)
  where i.id = x.id and i.position is distinct from x.n;
end
$$;

revoke all on function private.escalation_levels_of(jsonb) from public;
grant execute on function private.escalation_levels_of(jsonb) to authenticated, service_role;
revoke all on function public.save_escalation_policy(jsonb, uuid, uuid, text),
  public.save_oncall_group(text, text[], text, uuid), public.set_readiness(uuid, text, text, text),
  public.reorder_checklist_items(uuid[])
  from public, anon;
grant execute on function public.save_escalation_policy(jsonb, uuid, uuid, text),
  public.save_oncall_group(text, text[], text, uuid), public.set_readiness(uuid, text, text, text),
  public.reorder_checklist_items(uuid[])
  to authenticated, service_role;
