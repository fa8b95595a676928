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
