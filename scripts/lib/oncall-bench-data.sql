-- On-call bench data, run by scripts/lib/oncall-bench.ts in one transaction as superuser on the
-- bench stack (seeded with the demo data). Deterministic apart from now():
--   * 240 people (better_auth users; the trigger on better_auth."user" makes their people rows),
--     in ten time zones, with readiness checklist status for most of them;
--   * 50 rotations named 'Bench rotation NN', in ten zones, with shifts of 4, 8 and 12 hours, 1, 2
--     and 3 days, 1 and 2 weeks; most started weeks or months ago, two start next week; every
--     tenth is backed up by another rotation's primary (25 and 26 back each other up: the loop
--     guard); each covers one or two services and has a handoff note;
--   * 20 participants each (slots over the 240 people, so everyone takes shifts in ~4 rotations);
--   * 500 overrides, 10 per rotation, from half a day ago to 26 days ahead; every odd-numbered
--     rotation has one in force right now.
--
-- No override conflicts, by construction: the database refuses two overrides of one rotation
-- that overlap in time and affect a common person (private.override_people's exclusion
-- constraint). Here a rotation's overrides never overlap in time at all: override j sits in its
-- own slot of 2.75 days and lasts at most 48 hours (slot 0, the one in force now, ends within
-- 22 hours; slot 1 starts no sooner than 2.25 days out).
--
-- Written through the ordinary triggers (history rows, override_people), like real writes: at
-- this size that costs well under a second.

-- ── People ─────────────────────────────────────────────────────────────────────────────────────
insert into better_auth."user" (id, name, email, "emailVerified")
select 'oncall-bench-' || lpad(n::text, 3, '0'),
  (array['Alex', 'Bea', 'Chen', 'Dara', 'Eli', 'Fatima', 'Goran', 'Hiro', 'Ines', 'Jon', 'Kofi', 'Lena',
         'Mateo', 'Nadia', 'Omar', 'Pia'])[1 + n % 16] || ' ' ||
  (array['Abe', 'Brandt', 'Costa', 'Dube', 'Eriksen', 'Fischer', 'Gupta', 'Hale', 'Ito', 'Jensen', 'Kaur',
         'Lopez', 'Mensah', 'Novak', 'Ortiz'])[1 + (n / 16) % 15] || ' ' || n,
  'oncall-bench-' || lpad(n::text, 3, '0') || '@example.com', true
from generate_series(1, 240) n;

update public.people p set
  time_zone = (array['America/Chicago', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'America/New_York',
                     'Europe/Berlin', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/Sao_Paulo'])
              [1 + substr(p.id, 14)::int % 10],
  phone = '+1 555 01' || substr(p.id, 14),
  chat_handle = '@bench' || substr(p.id, 14)
where p.id like 'oncall-bench-%';

-- Readiness: about three items in four ready, the rest requested or missing (some with a note).
insert into public.oncall_checklist_status (item_id, person_id, status, note)
select i.id, p.id,
  case when (substr(p.id, 14)::int + i.position) % 4 = 0 then 'requested'
       when (substr(p.id, 14)::int * i.position) % 7 = 0 then 'missing' else 'ready' end,
  case when (substr(p.id, 14)::int + i.position) % 4 = 0 then 'Asked for access on Monday.' else '' end
from public.people p cross join public.oncall_checklist_items i
where p.id like 'oncall-bench-%' and (substr(p.id, 14)::int + i.position) % 9 <> 0;

-- ── Rotations ──────────────────────────────────────────────────────────────────────────────────
create temp table bench_rot on commit drop as
select r,
  'Bench rotation ' || lpad(r::text, 2, '0') as name,
  (array['America/Chicago', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'America/New_York',
         'Europe/Berlin', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/Sao_Paulo'])[1 + r % 10] as time_zone,
  -- Rotation 01 (the calendar page's rotation in the bench) has the shortest shifts: the most
  -- blocks in four weeks.
  (array['hours', 'hours', 'hours', 'days', 'days', 'days', 'weeks', 'weeks'])[1 + (r - 1) % 8] as shift_unit,
  (array[4, 8, 12, 1, 2, 3, 1, 2])[1 + (r - 1) % 8] as shift_count,
  (array['09:00', '00:00', '08:30', '17:00', '10:00', '06:00'])[1 + r % 6]::time as handoff_time,
  case when r in (17, 34) then current_date + 5 + r % 3 else current_date - 3 - (r * 11) % 200 end as start_date
from generate_series(1, 50) r;

insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date)
select name, time_zone, shift_unit, shift_count, handoff_time, start_date from bench_rot order by r;

-- Backed up by another rotation's primary: 10 by 09, 20 by 19, …; 25 and 26 by each other.
update public.rotations t set secondary_kind = 'rotation', secondary_rotation_id = s.id
from (values (10, 9), (20, 19), (30, 29), (40, 39), (50, 49), (25, 26), (26, 25)) as x(r, backup)
join public.rotations s on s.name = 'Bench rotation ' || lpad(x.backup::text, 2, '0')
where t.name = 'Bench rotation ' || lpad(x.r::text, 2, '0');

create temp table bench_slot on commit drop as
select b.r, x.id as rotation_id, p.position,
  'oncall-bench-' || lpad((((b.r - 1) * 20 + p.position) % 240 + 1)::text, 3, '0') as person_id
from bench_rot b
join public.rotations x on x.name = b.name
cross join generate_series(0, 19) as p(position);

insert into public.rotation_participants (rotation_id, position, person_id)
select rotation_id, position, person_id from bench_slot order by r, position;

insert into public.rotation_services (rotation_id, service_id)
select x.id, s.id
from bench_rot b
join public.rotations x on x.name = b.name
join (select id, row_number() over (order by slug) - 1 as k from public.services) s
  on s.k = b.r % 4 or (b.r % 5 = 0 and s.k = (b.r + 1) % 4);

insert into public.rotation_handoff_notes (rotation_id, author_id, body)
select x.id, s.person_id, 'Quiet shift on ' || b.name || '. Two alerts, both known flappers; see the runbook.'
from bench_rot b
join public.rotations x on x.name = b.name
join bench_slot s on s.r = b.r and s.position = b.r % 20;

-- ── Overrides ──────────────────────────────────────────────────────────────────────────────────
-- Override j of rotation r: replace when (r + j) % 3 = 1 (one participant covers another), add
-- when 0 (someone from outside the rotation joins; always changes who is on call), remove when 2.
-- Slot 0 of an odd rotation is in force now; the others fill the next 26 days.
create temp table bench_ovr on commit drop as
with t as (select date_trunc('minute', now()) as t0)
select b.r, x.id as rotation_id, j,
  case (b.r + j) % 3 when 1 then 'replace' when 0 then 'add' else 'remove' end as kind,
  case when j = 0 and b.r % 2 = 1 then t.t0 - make_interval(hours => 1 + b.r % 12)
       when j = 0 then t.t0 + make_interval(hours => 3 + b.r % 5)
       else t.t0 + j * interval '2.75 days' + make_interval(hours => b.r % 24) - interval '12 hours' end as starts_at,
  case when j = 0 and b.r % 2 = 1 then t.t0 + make_interval(hours => 2 + b.r % 20)
       when j = 0 then t.t0 + make_interval(hours => 11 + b.r % 5)
       else t.t0 + j * interval '2.75 days' + make_interval(hours => b.r % 24) - interval '12 hours'
            + make_interval(hours => 2 + (b.r * 7 + j * 5) % 47) end as ends_at
from bench_rot b
join public.rotations x on x.name = b.name
cross join generate_series(0, 9) j
cross join t;

insert into public.rotation_overrides (rotation_id, kind, add_person_id, remove_person_id, starts_at, ends_at, note, created_by)
select o.rotation_id, o.kind,
  case o.kind when 'replace' then a.person_id
              -- From outside this rotation's 20 slots.
              when 'add' then 'oncall-bench-' || lpad((((o.r - 1) * 20 + 20 + o.j) % 240 + 1)::text, 3, '0') end,
  case when o.kind in ('replace', 'remove') then d.person_id end,
  o.starts_at, o.ends_at, 'Bench override ' || o.j || ' (' || o.kind || ')', 'demo-liam'
from bench_ovr o
join bench_slot a on a.r = o.r and a.position = (o.j * 7 + o.r) % 20
join bench_slot d on d.r = o.r and d.position = (o.j * 7 + o.r + 1) % 20
order by o.r, o.j;
