-- People: the profile and the role of everyone who can sign in. One row per better-auth user,
-- created by a trigger when the account is created, so the two can never drift apart.

create type public.app_role as enum ('responder', 'lead', 'admin');

-- Helpers for policies. `private` is not exposed by PostgREST; API roles may call, not see.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

-- The signed-in person, from the JWT the app server minted (sub = better-auth user id).
-- nullif: on a reused connection the setting can be '' rather than absent.
create function private.person_id() returns text
language sql stable set search_path = ''
as $$ select nullif(current_setting('request.jwt.claims', true), '')::json ->> 'sub' $$;

-- A zone name Postgres knows (Region/City, UTC, Etc/GMT+3…). Not pg_timezone_names: scanning it
-- costs ~40 ms a call, on every write of a person. POSIX strings like 'UTC+3' are refused by shape.
create function private.is_time_zone(tz text) returns boolean
language plpgsql stable set search_path = ''
as $$
begin
  if tz is null or tz !~ '^[A-Za-z][A-Za-z_]*(/[A-Za-z0-9_+-]+){0,2}$' then
    return false;
  end if;
  perform now() at time zone tz;
  return true;
exception when others then
  return false;
end
$$;

create table public.people (
  id text primary key references better_auth."user" (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 100),
  email text not null unique,
  phone text check (phone ~ '^\+?[0-9][0-9 ().-]{4,28}[0-9]$'),
  chat_handle text check (char_length(chat_handle) between 1 and 64),
  time_zone text not null default 'UTC' check (private.is_time_zone(time_zone)),
  role public.app_role not null default 'responder',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.people is
  'Everyone who can sign in: contacts, time zone and app role. Readable by every signed-in person (on-call needs contacts); each edits their own; only admins change roles.';

-- The role that policies trust is read here, fresh, not taken from the JWT's claim: a demoted
-- admin loses their rights at once, not when their token expires. Security definer so that
-- policies on people can call it without recursing into people's own policies.
create function private.app_role() returns public.app_role
language sql stable security definer set search_path = ''
as $$ select role from public.people where id = private.person_id() $$;

create function private.is_admin() returns boolean
language sql stable set search_path = ''
as $$ select coalesce(private.app_role() = 'admin', false) $$;

create function private.is_lead_or_admin() returns boolean
language sql stable set search_path = ''
as $$ select coalesce(private.app_role() in ('lead', 'admin'), false) $$;

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to authenticated, service_role;

alter table public.people enable row level security;
revoke all on public.people from anon, authenticated, public;
grant select, update (name, phone, chat_handle, time_zone, role) on public.people to authenticated;
grant all on public.people to service_role;

create policy "signed-in people read everyone's profile" on public.people
  for select to authenticated using (true);
create policy "people edit their own profile; admins edit anyone's" on public.people
  for update to authenticated
  using (id = private.person_id() or private.is_admin())
  with check (id = private.person_id() or private.is_admin());

-- Column rules RLS cannot express: only admins change roles, and the last admin stays one.
-- Security INVOKER on purpose: `current_user` must be the caller's role (authenticated under
-- PostgREST). As security definer it would always be the owner and the check would never fire.
create function private.guard_person_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  new.updated_at := now();
  if new.role is distinct from old.role then
    if current_user in ('authenticated', 'anon') and not private.is_admin() then
      raise exception 'only an admin can change roles' using errcode = '42501';
    end if;
    if old.role = 'admin' and not exists (
      select 1 from public.people where role = 'admin' and id <> old.id
    ) then
      raise exception 'Beacon needs at least one admin' using errcode = '23514';
    end if;
  end if;
  return new;
end
$$;
create trigger guard_person_update before update on public.people
  for each row execute function private.guard_person_update();

-- The one writer of people rows: a new better-auth user gets a profile; an email change follows.
create function private.sync_person_from_auth_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.people (id, name, email)
  values (new.id, left(btrim(new.name), 100), new.email)
  on conflict (id) do update set email = excluded.email;
  return new;
end
$$;
create trigger sync_person after insert or update of email on better_auth."user"
  for each row execute function private.sync_person_from_auth_user();
