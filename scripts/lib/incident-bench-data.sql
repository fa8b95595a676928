-- Bench data for `npm run bench` (scripts/lib/incident-bench.ts runs this as the superuser, in one
-- transaction, on the bench stack only): 100,000 incidents and exactly 1,000,000 timeline events.
--
--   * declared over the last two years, numbered in declaration order; ~2% open (all recent);
--     severities P0 3%, P1 17%, P2 45%, P3 35%; 3% drills; 1–3 of the seeded services;
--     commanders, declarers, comms leads and scribes among the demo people.
--   * titles, summaries and note bodies from word lists, so full-text search has hits and misses:
--     every component word is in ~5% of titles, every cause word in ~2.5% of summaries and a
--     handful of notes, and the word "zanzibar" is in nothing at all.
--   * events: a `declared` event per incident, `acknowledged` and `status` events where the
--     incident's state says so, and the rest (to exactly 1,000,000) mostly notes, some field,
--     severity and role changes, spread at random over the other incidents' lifetimes.
--   * the incident titled 'Ledger reconciliation drifting across regions (long-running)' has
--     exactly 1,000 events, a few of them edited (with note_revisions), deleted and pinned.
--
-- Fast because: the user triggers on incidents are disabled (they would write a `declared` event
-- and a NOTIFY per row and re-check services), foreign keys are not re-checked row by row (see
-- session_replication_role below), events are inserted set-wise from generate_series,
-- and the secondary indexes of both tables are dropped first and rebuilt at the end from their own
-- definitions (read from pg_indexes, so they are exactly what the migrations created). The caller
-- runs VACUUM ANALYZE afterwards.

select setseed(0.4242);
set local maintenance_work_mem = '1GB';
set local work_mem = '256MB';
-- Foreign keys are not checked row by row either: every reference below is taken from the table it
-- points at, and the checks (each one a FOR KEY SHARE lock on the referenced row) were most of the
-- time. `replica` skips the foreign-key triggers; it would skip user triggers too, but we disable
-- those on incidents explicitly as well, so the intent does not depend on this setting.
set local session_replication_role = replica;

-- Secondary indexes, as the migrations created them; rebuilt at the end.
create temp table bench_indexes on commit drop as
  select i.indexname, i.indexdef
  from pg_indexes i
  where i.schemaname = 'public' and i.tablename in ('incidents', 'incident_events')
    and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid in
                    ('public.incidents'::regclass, 'public.incident_events'::regclass));
do $$
declare r record;
begin
  for r in select indexname from bench_indexes loop
    execute format('drop index public.%I', r.indexname);
  end loop;
end
$$;

alter table public.incidents disable trigger user;

create temp table bench_words on commit drop as select
  array(select id from public.people where id like 'demo-%' order by id) as people,
  array(select id from public.services order by slug) as services,
  array['Checkout API', 'Login page', 'Search service', 'Payments gateway', 'Webhook delivery', 'Billing export',
        'Mobile push notifications', 'CDN edge', 'Postgres primary', 'Read replica', 'Redis cache', 'Job queue',
        'Email sender', 'Image uploads', 'Admin dashboard', 'Partner API', 'SSO sign-in', 'Status page',
        'Warehouse sync', 'Rate limiter'] as comps,
  array['returning 502s', 'slow to respond', 'timing out', 'showing an elevated error rate', 'degraded',
        'unavailable', 'delayed', 'failing health checks', 'dropping requests', 'serving stale data',
        'running out of memory', 'with high latency', 'failing intermittently', 'stuck', 'returning wrong results'] as symptoms,
  array['in eu-west', 'in us-east', 'in ap-south', 'for some customers', 'after a deploy', 'for enterprise tenants',
        'during peak traffic', 'on mobile', 'for new sign-ups', 'since the config change', 'after failover',
        'under load', 'for partner integrations', 'overnight', 'in the canary'] as qualifiers,
  array['certificate expiry', 'DNS resolution', 'TLS handshake failures', 'connection pool exhaustion', 'disk full',
        'memory leak', 'bad migration', 'feature flag rollout', 'cache stampede', 'clock skew', 'kernel panic',
        'BGP route leak', 'noisy neighbour', 'retry storm', 'thundering herd', 'expired token', 'quota exceeded',
        'split brain', 'deadlock', 'misconfigured load balancer', 'vacuum falling behind', 'index bloat',
        'replication lag', 'garbage collection pauses', 'thread starvation', 'file descriptor limit',
        'firewall rule change', 'upstream outage', 'schema drift', 'hot partition', 'stale DNS cache',
        'misrouted traffic', 'container eviction', 'autoscaler flapping', 'cron overlap', 'corrupted cache entry',
        'websocket leak', 'payload size limit', 'rate limit misconfiguration', 'orphaned lock'] as causes,
  array['error rate is back to baseline', 'latency is still elevated', 'no errors in the last ten minutes',
        'rolled back the deploy', 'restarted the pods', 'scaled up the workers', 'paged the owning team',
        'customers are reporting problems on social media', 'the dashboard shows recovery', 'waiting on the vendor',
        'opened a ticket with the provider', 'draining the bad node', 'cleared the cache', 'raised the connection limit',
        'reverted the feature flag', 'traffic shifted to the other region', 'support is collecting affected accounts',
        'the fix is in review', 'the fix is deployed to the canary', 'watching the graphs for another half hour'] as observations;

-- ── Incidents ──────────────────────────────────────────────────────────────────────────────────
create temp table bench_inc on commit drop as
with base as materialized (
  select g, random() r_open, random() r_t, random() r_dur, random() r_sev, random() r_svc, random() r_cmd,
         random() r_decl, random() r_cl, random() r_sc, random() r_drill, random() r_c, random() r_s, random() r_q,
         random() r_cause, random() r_ack, random() r_det, random() r_start, random() r_st, random() r_imp
  from generate_series(1, 100000) g
), shaped as (
  select b.*, w.*,
    b.r_open < 0.02 as open,
    -- Open incidents are recent; resolved ones are spread over two years (and at least two days old,
    -- so their resolution is in the past).
    case when b.r_open < 0.02 then now() - b.r_t * interval '3 days'
         else now() - interval '2 days' - b.r_t * interval '728 days' end as declared_at,
    -- 10 minutes to 48 hours, log-uniform.
    exp(ln(10) + b.r_dur * ln(288)) * interval '1 minute' as duration
  from base b, bench_words w
)
select
  gen_random_uuid() as id,
  s.open,
  row_number() over (order by s.declared_at, s.g) as k,
  s.comps[1 + floor(s.r_c * 20)::int] || ' ' || s.symptoms[1 + floor(s.r_s * 15)::int] || ' '
    || s.qualifiers[1 + floor(s.r_q * 15)::int] as title,
  'Suspected cause: ' || s.causes[1 + floor(s.r_cause * 40)::int] || '. '
    || (array['A small share of requests fail.', 'Most customers in the region are affected.',
              'Internal tooling only.', 'No customer impact so far; we are watching.',
              'Payments are affected; finance has been told.'])[1 + floor(s.r_imp * 5)::int] as summary,
  case when s.r_sev < 0.03 then 'P0' when s.r_sev < 0.20 then 'P1' when s.r_sev < 0.65 then 'P2' else 'P3' end as severity,
  case when not s.open then 'resolved'
       else (array['investigating', 'identified', 'monitoring'])[1 + floor(s.r_st * 3)::int] end::public.incident_status as status,
  s.r_drill < 0.03 as drill,
  array(select s.services[i] from generate_series(1, 4) i
        where ((array[1, 2, 4, 8, 1, 2, 4, 8, 3, 5, 6, 9, 10, 12, 7, 11, 13, 14])[1 + floor(s.r_svc * 18)::int] >> (i - 1)) & 1 = 1
        order by s.services[i]) as service_ids,
  s.people[1 + floor(s.r_cmd * 12)::int] as commander_id,
  case when s.r_cl < 0.6 then s.people[1 + floor(s.r_cl / 0.6 * 12)::int] end as comms_lead_id,
  case when s.r_sc < 0.3 then s.people[1 + floor(s.r_sc / 0.3 * 12)::int] end as scribe_id,
  s.people[1 + floor(s.r_decl * 12)::int] as declared_by,
  s.declared_at - s.r_det * interval '30 minutes' - s.r_start * interval '1 hour' as started_at,
  s.declared_at - s.r_det * interval '30 minutes' as detected_at,
  s.declared_at,
  case when not s.open or s.r_ack < 0.7 then s.declared_at + s.r_ack * interval '15 minutes' end as acknowledged_at,
  case when not s.open or s.status_mitigated then least(s.declared_at + s.duration * 0.7, now()) end as mitigated_at,
  case when not s.open then s.declared_at + s.duration end as resolved_at
from (select *, floor(r_st * 3)::int = 2 as status_mitigated from shaped) s;

-- The incident with exactly 1,000 events: a long P1 in the middle of the range.
update bench_inc set
  title = 'Ledger reconciliation drifting across regions (long-running)',
  summary = 'Nightly reconciliation finds small mismatches between regional ledgers. Suspected cause: replication lag.',
  severity = 'P1', drill = false, status = 'resolved',
  acknowledged_at = declared_at + interval '4 minutes',
  mitigated_at = declared_at + interval '2 days',
  resolved_at = declared_at + interval '3 days'
where k = 60000;

insert into public.incidents (id, title, summary, severity, status, drill, service_ids, commander_id, comms_lead_id,
  scribe_id, declared_by, started_at, detected_at, declared_at, acknowledged_at, acknowledged_by, mitigated_at,
  resolved_at, version, updated_at, updated_by)
select id, title, summary, severity, status, drill, service_ids, commander_id, comms_lead_id, scribe_id, declared_by,
  started_at, detected_at, declared_at, acknowledged_at, case when acknowledged_at is not null then commander_id end,
  mitigated_at, resolved_at,
  1 + (acknowledged_at is not null)::int + (mitigated_at is not null)::int + (resolved_at is not null)::int,
  coalesce(resolved_at, mitigated_at, acknowledged_at, declared_at), commander_id
from bench_inc
order by k;

alter table public.incidents enable trigger user;

-- ── Events ─────────────────────────────────────────────────────────────────────────────────────
-- The lifecycle events each incident's state implies.
insert into public.incident_events (incident_id, at, actor_id, kind, data, body)
select id, declared_at, declared_by, 'declared',
  jsonb_build_object('title', title, 'severity', severity, 'status', 'investigating', 'drill', drill), null
from bench_inc
union all
select id, acknowledged_at, commander_id, 'acknowledged', jsonb_build_object('to', acknowledged_at), null
from bench_inc where acknowledged_at is not null
union all
select id, mitigated_at, commander_id, 'status',
  jsonb_build_object('from', 'investigating', 'to', 'monitoring'), null
from bench_inc where mitigated_at is not null
union all
select id, resolved_at, commander_id, 'status', jsonb_build_object('from', 'monitoring', 'to', 'resolved'), null
from bench_inc where resolved_at is not null
union all
select id, declared_at + interval '10 minutes', commander_id, 'status',
  jsonb_build_object('from', 'investigating', 'to', 'identified'), null
from bench_inc where status = 'identified';

-- The chosen incident: up to 1,000 with notes (and a few other kinds) spread over its three days.
insert into public.incident_events (incident_id, at, actor_id, kind, data, body, pinned)
select c.id, c.declared_at + (n::float / (1001 - c.fixed)) * interval '3 days', w.people[1 + (n * 7) % 12],
  case when n % 50 = 0 then 'stakeholder_update' when n % 97 = 0 then 'severity' else 'note' end,
  case when n % 50 = 0 then jsonb_build_object('channel', 'status_page')
       when n % 97 = 0 then jsonb_build_object('from', 'P1', 'to', 'P1') else '{}' end,
  case when n % 97 = 0 and n % 50 <> 0 then null
       else 'Checked ' || lower(w.comps[1 + n % 20]) || ': ' || w.observations[1 + (n * 3) % 20] || '. Ledger batch '
            || n || ' reconciled.' end,
  n % 200 = 1
from (select b.*, (select count(*) from public.incident_events e where e.incident_id = b.id) as fixed
      from bench_inc b where k = 60000 offset 0) c,
     bench_words w,
     generate_series(1, 1000) n
where n <= 1000 - c.fixed;

-- Everything else, to exactly 1,000,000 generated events, at random across the other incidents.
create temp table bench_pick on commit drop as
  select row_number() over (order by k) as idx, id, declared_at, coalesce(resolved_at, now()) - declared_at as span,
         commander_id
  from bench_inc where k <> 60000;
create unique index on bench_pick (idx);

insert into public.incident_events (incident_id, at, actor_id, kind, data, body, pinned, edited_at)
select p.id, p.declared_at + e.r_at * p.span, w.people[1 + floor(e.r_actor * 12)::int],
  case when e.r_kind < 0.88 then 'note' when e.r_kind < 0.92 then 'field' when e.r_kind < 0.95 then 'severity'
       when e.r_kind < 0.97 then 'role' else 'stakeholder_update' end,
  case when e.r_kind < 0.88 then '{}'::jsonb
       when e.r_kind < 0.92 then jsonb_build_object('field', 'summary', 'from', 'Investigating.', 'to', 'Cause found.')
       when e.r_kind < 0.95 then jsonb_build_object('from', 'P2', 'to', 'P1')
       when e.r_kind < 0.97 then jsonb_build_object('role', 'commander_id', 'from', null, 'to', p.commander_id)
       else jsonb_build_object('channel', 'status_page') end,
  case when e.r_kind < 0.88 then
         'Checked ' || lower(w.comps[1 + floor(e.r_b1 * 20)::int]) || ': ' || w.observations[1 + floor(e.r_b2 * 20)::int] || '.'
         || case when e.r_b3 < 0.05 then ' Looks like ' || w.causes[1 + floor(e.r_b3 / 0.05 * 40)::int] || '.' else '' end
         || case when e.r_b4 < 0.3 then ' Next update in ' || (5 + floor(e.r_b4 * 100)::int) || ' minutes.' else '' end
       when e.r_kind >= 0.97 then 'Status page updated: we are investigating and will post again within the hour.' end,
  e.r_kind < 0.88 and e.r_b4 > 0.99,
  case when e.r_kind < 0.88 and e.r_b4 between 0.98 and 0.99 then p.declared_at + e.r_at * p.span + interval '3 minutes' end
from (
  select random() r_pick, random() r_at, random() r_actor, random() r_kind, random() r_b1, random() r_b2,
         random() r_b3, random() r_b4
  from generate_series(1, 1000000 - (select count(*) from public.incident_events e where e.incident_id in
                                     (select id from bench_inc)))
  offset 0
) e
join bench_pick p on p.idx = 1 + floor(e.r_pick * 99999)::bigint
cross join bench_words w;

-- On the chosen incident: a few edited notes (their old text in note_revisions) and deleted ones.
insert into public.note_revisions (event_id, body, replaced_at, replaced_by)
select e.id, e.body || ' (first draft)', e.at + interval '2 minutes', e.actor_id
from public.incident_events e join bench_inc b on b.id = e.incident_id and b.k = 60000
where e.kind = 'note' and e.id % 40 = 0;
update public.incident_events e set edited_at = e.at + interval '2 minutes'
from bench_inc b where b.id = e.incident_id and b.k = 60000 and e.kind = 'note' and e.id % 40 = 0;
update public.incident_events e set body = null, pinned = false, deleted_at = e.at + interval '5 minutes'
from bench_inc b where b.id = e.incident_id and b.k = 60000 and e.kind = 'note' and e.id % 333 = 0;

-- Each incident's note words, as private.refresh_notes_search keeps them (triggers are off here).
update public.incidents i set notes_search = n.words
from (select incident_id, to_tsvector('english', string_agg(body, ' ' order by at, id)) as words
      from public.incident_events where kind = 'note' and deleted_at is null group by incident_id) n
where n.incident_id = i.id;

-- ── Indexes back, exactly as they were ─────────────────────────────────────────────────────────
do $$
declare r record;
begin
  for r in select indexdef from bench_indexes loop
    execute r.indexdef;
  end loop;
end
$$;
