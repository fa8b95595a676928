-- Demo data: a small organisation running four services, twelve people across several time
-- zones, one demo sign-in per role (README lists them). Every demo account's password is
-- "beacon-demo-password" (hashed below with better-auth's scrypt, as its sign-in expects).
-- Loaded once per local database; `npm run db:reset` wipes and loads it again.

insert into better_auth."user" (id, name, email, "emailVerified") values
  ('demo-ana',    'Ana Souza',        'ana@example.com',    true),
  ('demo-liam',   'Liam O''Brien',    'liam@example.com',   true),
  ('demo-marcus', 'Marcus Chen',      'marcus@example.com', true),
  ('demo-priya',  'Priya Raman',      'priya@example.com',  true),
  ('demo-sofia',  'Sofía García',     'sofia@example.com',  true),
  ('demo-kenji',  'Kenji Watanabe',   'kenji@example.com',  true),
  ('demo-emma',   'Emma Schulz',      'emma@example.com',   true),
  ('demo-noah',   'Noah Williams',    'noah@example.com',   true),
  ('demo-aisha',  'Aisha Bello',      'aisha@example.com',  true),
  ('demo-olivia', 'Olivia Brown',     'olivia@example.com', true),
  ('demo-diego',  'Diego Álvarez',    'diego@example.com',  true),
  ('demo-hannah', 'Hannah Kim',       'hannah@example.com', true);

insert into better_auth.account (id, "accountId", "providerId", "userId", password, "updatedAt")
select 'acct-' || id, id, 'credential', id, 'a7009bdbf8159c217a2af22bf36e5ac7:cd9c68be2ed835bebbb79db2f7bfe57299f0563d934d5ccd76a8c300043c873b64deec2a0252b7d520d9bd6c5a7dfb42a73871cdba130d42e1148020961afbf7', now()
from better_auth."user" where id like 'demo-%';

-- The trigger on better_auth."user" created the people rows; fill in contacts and roles.
update public.people p set
  role = d.role::public.app_role, time_zone = d.tz, phone = d.phone, chat_handle = d.chat
from (values
  ('demo-ana',    'admin',     'America/Sao_Paulo',   '+55 11 5555 0101', '@ana'),
  ('demo-liam',   'lead',      'Europe/London',       '+44 20 7946 0102', '@liam'),
  ('demo-marcus', 'responder', 'America/Chicago',     '+1 312 555 0103',  '@marcus'),
  ('demo-priya',  'lead',      'Asia/Kolkata',        '+91 80 5555 0104', '@priya'),
  ('demo-sofia',  'responder', 'Europe/Madrid',       '+34 91 555 0105',  '@sofia'),
  ('demo-kenji',  'responder', 'Asia/Tokyo',          '+81 3 5555 0106',  '@kenji'),
  ('demo-emma',   'responder', 'Europe/Berlin',       '+49 30 5555 0107', '@emma'),
  ('demo-noah',   'responder', 'America/New_York',    '+1 212 555 0108',  '@noah'),
  ('demo-aisha',  'responder', 'Africa/Lagos',        '+234 1 555 0109',  '@aisha'),
  ('demo-olivia', 'responder', 'Australia/Sydney',    '+61 2 5555 0110',  '@olivia'),
  ('demo-diego',  'responder', 'America/Los_Angeles', '+1 415 555 0111',  '@diego'),
  ('demo-hannah', 'lead',      'America/Chicago',     '+1 312 555 0112',  '@hannah')
) as d(id, role, tz, phone, chat)
where p.id = d.id;

insert into public.services (slug, name, description) values
  ('api',      'API',      'Public REST API used by the web app, mobile apps and partners.'),
  ('web',      'Web',      'The customer-facing web application and its CDN.'),
  ('auth',     'Auth',     'Sign-in, sessions and tokens for customers and staff.'),
  ('database', 'Database', 'The primary Postgres cluster and its replicas.');

-- Demo incidents. Written as the people who did them (the timeline's writer reads the JWT claims),
-- so their timelines look as a real one would.
select set_config('request.jwt.claims', '{"sub":"demo-marcus","role":"authenticated"}', true);
insert into public.incidents (title, summary, severity, status, service_ids, declared_by, commander_id, comms_lead_id,
  started_at, detected_at, declared_at)
select 'Checkout API returning 502s for some EU customers',
  'Since about 20 minutes ago roughly **8%** of `POST /v1/checkout` calls from eu-west fail with 502. Web checkout shows a generic error.',
  'P1', 'investigating', array(select id from public.services where slug in ('api', 'web')), 'demo-marcus', 'demo-marcus', 'demo-sofia',
  now() - interval '34 minutes', now() - interval '26 minutes', now() - interval '24 minutes';
update public.incidents set acknowledged_at = now() - interval '21 minutes' where number = 1;
select public.add_note((select id from public.incidents where number = 1),
  'Error rate graph: 502s started right after the 14:02 deploy of `api`. Load balancer health checks are green.');
update public.incidents set status = 'identified' where number = 1;

select set_config('request.jwt.claims', '{"sub":"demo-priya","role":"authenticated"}', true);
insert into public.incidents (title, summary, severity, service_ids, declared_by, started_at, detected_at, declared_at)
select 'Password reset emails delayed by up to 15 minutes',
  'The email provider reports queueing. Sign-in itself works.',
  'P2', array(select id from public.services where slug = 'auth'), 'demo-priya',
  now() - interval '3 hours', now() - interval '2 hours 40 minutes', now() - interval '2 hours 30 minutes';
update public.incidents set acknowledged_at = now() - interval '2 hours 20 minutes' where number = 2;
update public.incidents set status = 'monitoring' where number = 2;

select set_config('request.jwt.claims', '{"sub":"demo-liam","role":"authenticated"}', true);
insert into public.incidents (title, summary, severity, drill, service_ids, declared_by, started_at, detected_at, declared_at)
select 'Tabletop: primary database fails over during peak',
  'Quarterly exercise. We walk through the database outage runbook and time each step.',
  'P0', true, array(select id from public.services where slug = 'database'), 'demo-liam',
  now() - interval '3 days 2 hours', now() - interval '3 days 2 hours', now() - interval '3 days 2 hours';
update public.incidents set status = 'resolved' where number = 3;
update public.incidents set acknowledged_at = declared_at + interval '3 minutes', mitigated_at = declared_at + interval '40 minutes',
  resolved_at = declared_at + interval '55 minutes' where number = 3;

select set_config('request.jwt.claims', '{"sub":"demo-emma","role":"authenticated"}', true);
insert into public.incidents (title, severity, service_ids, declared_by, started_at, detected_at, declared_at)
select 'Status page footer links to an old support address', 'P3',
  array(select id from public.services where slug = 'web'), 'demo-emma',
  now() - interval '9 days', now() - interval '8 days', now() - interval '8 days';
update public.incidents set status = 'resolved' where number = 4;
select set_config('request.jwt.claims', '', true);

-- The timeline's writer stamps events with the time they were written; give the demo timelines
-- the times their story says.
update public.incident_events e set at = i.declared_at
from public.incidents i where e.incident_id = i.id and e.kind = 'declared';
update public.incident_events e set at = i.acknowledged_at
from public.incidents i where e.incident_id = i.id and e.kind = 'acknowledged';
update public.incident_events e set at = i.declared_at + interval '8 minutes'
from public.incidents i where e.incident_id = i.id and i.number = 1 and e.kind = 'note';
update public.incident_events e set at = i.declared_at + interval '12 minutes'
from public.incidents i where e.incident_id = i.id and i.number = 1 and e.kind = 'status';
update public.incident_events e set at = i.mitigated_at
from public.incidents i where e.incident_id = i.id and i.number = 2 and e.kind = 'status';
update public.incident_events e set at = i.resolved_at
from public.incidents i where e.incident_id = i.id and i.number in (3, 4) and e.kind in ('status', 'key_time');

-- On-call: three rotations covering the four services, one override, an escalation policy per
-- service, the engineering leadership group, the readiness checklist and a handoff note. Written as
-- superuser, so the change history records no actor for them.
insert into public.rotations (name, time_zone, shift_unit, shift_count, handoff_time, start_date) values
  -- Started two days before the database was made, so Marcus is on call this week and the override
  -- below (Noah covering him tomorrow) shows in the demo calendar.
  ('API primary',    'America/Chicago', 'weeks', 1, '09:00', current_date - 2),
  ('Database',       'Europe/London',   'days',  1, '10:00', date '2026-11-02'),
  ('Follow the sun', 'UTC',             'hours', 8, '00:00', date '2026-11-02');
-- The API team backs up the follow-the-sun (Auth) rotation.
update public.rotations set secondary_kind = 'rotation',
  secondary_rotation_id = (select id from public.rotations where name = 'API primary')
where name = 'Follow the sun';

insert into public.rotation_participants (rotation_id, position, person_id)
select r.id, p.position, p.person_id
from (values
  ('API primary', 0, 'demo-marcus'), ('API primary', 1, 'demo-hannah'), ('API primary', 2, 'demo-noah'),
  ('API primary', 3, 'demo-diego'),
  ('Database', 0, 'demo-liam'), ('Database', 1, 'demo-emma'), ('Database', 2, 'demo-sofia'), ('Database', 3, 'demo-aisha'),
  -- 00:00–08:00 UTC is Tokyo's working day, 08:00–16:00 Lagos's, 16:00–24:00 Los Angeles's.
  ('Follow the sun', 0, 'demo-kenji'), ('Follow the sun', 1, 'demo-aisha'), ('Follow the sun', 2, 'demo-diego')
) as p(rotation, position, person_id)
join public.rotations r on r.name = p.rotation;

insert into public.rotation_services (rotation_id, service_id)
select r.id, s.id
from (values ('API primary', 'api'), ('API primary', 'web'), ('Database', 'database'), ('Follow the sun', 'auth'))
  as x(rotation, slug)
join public.rotations r on r.name = x.rotation
join public.services s on s.slug = x.slug;

-- Noah covers Marcus for a day starting at tomorrow's handoff.
insert into public.rotation_overrides (rotation_id, kind, add_person_id, remove_person_id, starts_at, ends_at, note, created_by)
select id, 'replace', 'demo-noah', 'demo-marcus',
  (current_date + 1 + time '09:00') at time zone 'America/Chicago',
  (current_date + 2 + time '09:00') at time zone 'America/Chicago',
  'Marcus is at the dentist; swapping back next week.', 'demo-hannah'
from public.rotations where name = 'API primary';

insert into public.oncall_groups (name, description) values
  ('Engineering leadership', 'The engineering leads: paged when nobody on the rotations answers.');
insert into public.oncall_group_members (group_id, person_id)
select g.id, p.id from public.oncall_groups g, public.people p
where g.name = 'Engineering leadership' and p.id in ('demo-liam', 'demo-priya', 'demo-hannah');

insert into public.escalation_policies (service_id, severity) select id, null from public.services;
insert into public.escalation_levels (policy_id, level, target_kind, target_rotation_id, target_group_id, wait_minutes, repeat_count)
select ep.id, l.level, l.kind, case when l.kind like 'rotation%' then r.id end,
  case when l.kind = 'group' then (select id from public.oncall_groups where name = 'Engineering leadership') end,
  l.wait, l.repeats
from public.escalation_policies ep
join public.services s on s.id = ep.service_id
join (values ('api', 'API primary'), ('web', 'API primary'), ('database', 'Database'), ('auth', 'Follow the sun'))
  as x(slug, rotation) on x.slug = s.slug
join public.rotations r on r.name = x.rotation
cross join (values (1, 'rotation_primary', 5, 1), (2, 'rotation_secondary', 10, 1), (3, 'group', 15, 2))
  as l(level, kind, wait, repeats);

insert into public.oncall_checklist_items (title, description, position) values
  ('Dashboards', 'You can open the service dashboards and the error-rate alerts.', 1),
  ('Database console', 'Read-only access to the production database console.', 2),
  ('Hosting console', 'You can see and restart deployments in the hosting console.', 3),
  ('Incident chat channel', 'You are in #incidents and get its notifications on your phone.', 4);
insert into public.oncall_checklist_status (item_id, person_id, status, note)
select i.id, x.person_id, x.status, x.note
from (values
  ('Dashboards', 'demo-marcus', 'ready', ''), ('Database console', 'demo-marcus', 'ready', ''),
  ('Hosting console', 'demo-marcus', 'ready', ''), ('Incident chat channel', 'demo-marcus', 'ready', ''),
  ('Dashboards', 'demo-noah', 'ready', ''), ('Database console', 'demo-noah', 'requested', 'Asked Liam on Monday.'),
  ('Incident chat channel', 'demo-noah', 'ready', ''),
  ('Dashboards', 'demo-diego', 'ready', ''), ('Hosting console', 'demo-diego', 'missing', 'New laptop, needs the VPN profile.')
) as x(title, person_id, status, note)
join public.oncall_checklist_items i on i.title = x.title;

insert into public.rotation_handoff_notes (rotation_id, author_id, body)
select id, 'demo-liam',
  'Replica lag alerts are noisy after the 02:00 backup; they clear by 02:30. Vacuum on `orders` is still running.'
from public.rotations where name = 'Database';

-- A published post-incident review of INC-4 (P3: summary, impact, root cause and an action item
-- are what it demands), written as Emma through the review functions so the history shows her.
-- INC-3 (the drill) is left without one, to start from the demo.
select set_config('request.jwt.claims', '{"sub":"demo-emma","role":"authenticated"}', true);
select public.start_review(i.id, jsonb_build_object(
  'summary', jsonb_build_object('text',
    'For eight days the status page footer linked to a support address we retired in October. Customers who wrote to it got no answer; the team noticed when one of them mentioned it on a call.'),
  'timeline', jsonb_build_object('time_zone', 'Europe/Berlin', 'entries', (
    select jsonb_agg(jsonb_build_object('id', 'key:' || k.key, 'at', to_char(k.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'text', k.label, 'key', k.key, 'source', 'key_time', 'event_id', null) order by k.at, k.n)
    from (values (1, 'started_at', i.started_at, 'Impact started'), (2, 'detected_at', i.detected_at, 'Detected'),
                 (3, 'declared_at', i.declared_at, 'Declared'), (4, 'acknowledged_at', i.acknowledged_at, 'Acknowledged'),
                 (5, 'mitigated_at', i.mitigated_at, 'Mitigated'), (6, 'resolved_at', i.resolved_at, 'Resolved')) as k(n, key, at, label)
    where k.at is not null)),
  'impact', jsonb_build_object('customer_impact', 'Emails to the old support address bounced silently; 14 customers wrote to it and waited up to a week for an answer.',
    'affected', jsonb_build_object('who', 'users', 'kind', 'number', 'value', 14), 'service_ids', to_jsonb(i.service_ids),
    'slo_breached', false, 'slo_details', '', 'severity_confirmed', 'P3'),
  'root_cause', jsonb_build_object('trigger', 'The support mailbox was retired on 1 October.',
    'root_causes', 'The status page footer is a separate template from the web app''s, and the retirement checklist only listed the app.',
    'contributing_factors', jsonb_build_array(
      jsonb_build_object('id', 'f1', 'category', 'documentation', 'description', 'The mailbox retirement checklist did not list the status page.'),
      jsonb_build_object('id', 'f2', 'category', 'monitoring', 'description', 'Nothing watches for mail to retired addresses.')),
    'five_whys', jsonb_build_array('The footer still had the old address', 'Nobody knew the status page had its own footer'),
    'detection_how', 'A customer mentioned it on a call.', 'detection_sooner', 'A bounce report for retired addresses.'),
  'action_items', jsonb_build_object('no_action_needed', false, 'no_action_reason', ''),
  'lessons', jsonb_build_object('went_well', 'The fix took five minutes once we knew.',
    'went_wrong', 'Eight days passed before anyone noticed.', 'lucky', 'Nobody wrote about anything urgent.')))
from public.incidents i where i.number = 4;
insert into public.review_action_items (review_id, title, owner_id, due_date, priority, type, status, tracker_url)
select r.id, x.title, x.owner, current_date + x.days, x.priority, x.type, x.status, x.url
from public.reviews r join public.incidents i on i.id = r.incident_id
cross join (values
  ('Add the status page to the mailbox retirement checklist', 'demo-emma', 14, 'medium', 'process', 'open', 'https://tracker.example.com/BEACON-31'),
  ('Forward mail for retired support addresses to the current one', 'demo-diego', -2, 'high', 'prevent', 'done', null)
) as x(title, owner, days, priority, type, status, url)
where i.number = 4;
select public.submit_review(r.id) from public.reviews r join public.incidents i on i.id = r.incident_id where i.number = 4;
select public.publish_review(r.id) from public.reviews r join public.incidents i on i.id = r.incident_id where i.number = 4;
select set_config('request.jwt.claims', '', true);
