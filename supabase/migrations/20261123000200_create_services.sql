-- Services: what incidents affect, rotations cover and runbooks are about.
create table public.services (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name text not null check (char_length(btrim(name)) between 1 and 80),
  description text not null default '' check (char_length(description) <= 500),
  created_at timestamptz not null default now()
);
comment on table public.services is 'Services Beacon knows about. Everyone signed in reads them; admins edit them.';

alter table public.services enable row level security;
revoke all on public.services from anon, authenticated, public;
grant select, insert, update, delete on public.services to authenticated;
grant all on public.services to service_role;

create policy "signed-in people read services" on public.services
  for select to authenticated using (true);
create policy "admins add services" on public.services
  for insert to authenticated with check (private.is_admin());
create policy "admins edit services" on public.services
  for update to authenticated using (private.is_admin()) with check (private.is_admin());
create policy "admins remove services" on public.services
  for delete to authenticated using (private.is_admin());
