-- "Who is on call now" in one read (GET /api/oncall/now, lib/oncall/now-query.ts): every rotation
-- the caller can see with only what the schedule math needs — its shift plan, participant ids in
-- shift order and the overrides that can matter at from_at — as compact json built once here.
-- The same data through PostgREST's embedding (one object per participant and override, each
-- embed cast to jsonb and back) took half as long again for 50 rotations × 20 participants with
-- 500 overrides, and was most of the answer's time (npm run bench).
--
-- Which overrides can matter at from_at (lib/oncall/now.ts): those overlapping [from_at, the end
-- of the block in force), and that block ends by the current shift's end at the latest. A shift
-- in force at from_at started at or before it and lasts its length — on the wall clock for days and
-- weeks, so an hour more across a DST change — so one length and a day after from_at is always far
-- enough (rotations keep one shift plan; save_rotation replaces it). A rotation whose first shift
-- is yesterday or later (in its zone: a day's margin) may have nobody on call until it starts: it
-- gets all of [from_at, to_at), which the caller sets to how far onCallNow looks ahead. More
-- overrides never change the answer, fewer would; tests/integration/oncall-now.test.ts compares
-- it with all of them.
--
-- Shape: [{id, name, time_zone, shift_unit, shift_count, handoff_time, start_date,
--          secondary_rotation_id (null: the next participant backs up), participants: [person id…],
--          overrides: [[id, kind, add_person_id, remove_person_id, starts_at, ends_at]…]}], by name.
-- Security invoker: RLS on rotations, participants and overrides decides, as for the tables.
create function public.on_call_setups(from_at timestamptz, to_at timestamptz) returns json
language sql stable security invoker set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
      'id', r.id, 'name', r.name, 'time_zone', r.time_zone, 'shift_unit', r.shift_unit,
      'shift_count', r.shift_count, 'handoff_time', r.handoff_time, 'start_date', r.start_date,
      'secondary_rotation_id', case when r.secondary_kind = 'rotation' then r.secondary_rotation_id end,
      'participants', coalesce((
        select json_agg(p.person_id order by p.position)
        from public.rotation_participants p where p.rotation_id = r.id), '[]'::json),
      'overrides', coalesce((
        select json_agg(json_build_array(o.id, o.kind, o.add_person_id, o.remove_person_id, o.starts_at, o.ends_at)
                        order by o.starts_at, o.id)
        from public.rotation_overrides o
        where o.rotation_id = r.id and o.ends_at > on_call_setups.from_at
          and o.starts_at < case
            when r.start_date >= (on_call_setups.from_at at time zone r.time_zone)::date - 1 then on_call_setups.to_at
            else least(on_call_setups.to_at, on_call_setups.from_at + interval '1 day' + r.shift_count *
              case r.shift_unit when 'hours' then interval '1 hour' when 'days' then interval '1 day' else interval '7 days' end)
            end), '[]'::json))
    order by r.name, r.id), '[]'::json)
  from public.rotations r
$$;

revoke all on function public.on_call_setups(timestamptz, timestamptz) from public, anon;
grant execute on function public.on_call_setups(timestamptz, timestamptz) to authenticated, service_role;
