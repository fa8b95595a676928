-- "Who is on call now" in one read (GET /api/oncall/now, lib/oncall/now-query.ts): every rotation
-- the caller can see with only what the schedule math needs — its shift plan, participant ids in
-- shift order and the overrides overlapping [from_at, to_at) — as compact json built once here.
-- The same data through PostgREST's embedding (one object per participant and override, each
-- embed cast to jsonb and back) took half as long again for 50 rotations × 20 participants with
-- 500 overrides, and was most of the answer's time (npm run bench).
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
        where o.rotation_id = r.id and o.starts_at < on_call_setups.to_at and o.ends_at > on_call_setups.from_at), '[]'::json))
    order by r.name, r.id), '[]'::json)
  from public.rotations r
$$;

revoke all on function public.on_call_setups(timestamptz, timestamptz) from public, anon;
grant execute on function public.on_call_setups(timestamptz, timestamptz) to authenticated, service_role;
