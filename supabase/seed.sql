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
