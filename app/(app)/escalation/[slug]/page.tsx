import Link from "next/link";
import { editsOnCall } from "@/lib/people/roles";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeList } from "@/components/oncall/change-list";
import { Level } from "@/components/escalation/level";
import { PolicyEditor, type LevelValues } from "@/components/escalation/policy-editor";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { describeEditChange, policyLabel } from "@/lib/escalation/describe";
import { serviceEscalationChanges, targetOptions } from "@/lib/escalation/editing";
import { escalationForServices, type EscalationLevel, type EscalationPolicy } from "@/lib/escalation/queries";
import { resolveLevel } from "@/lib/escalation/resolve";
import { onCallNow } from "@/lib/oncall/now";
import { listRotations, peopleById } from "@/lib/oncall/queries";

export const metadata = { title: "Escalation policy" };

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

function toValues(l: EscalationLevel): LevelValues {
  return {
    kind: l.target_kind,
    target: l.rotation?.id ?? l.person?.id ?? l.group?.id ?? "",
    waitMinutes: String(l.wait_minutes),
    repeatCount: String(l.repeat_count),
  };
}

/** "Every severity", "Every other severity", "P1 incidents". */
function policyTitle(p: EscalationPolicy, all: EscalationPolicy[]): string {
  if (p.severity) return `${p.severity} incidents`;
  return all.length > 1 ? "Every other severity" : "Every severity";
}

export default async function ServiceEscalationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!SLUG.test(slug)) notFound();
  const me = await requirePerson();
  const db = await dbAs(me);
  const now = new Date();
  const [[service], options, people, rotations] = await Promise.all([
    escalationForServices(db, [slug]),
    targetOptions(db),
    peopleById(db),
    listRotations(db, now, new Date(now.getTime() + 86_400_000)),
  ]);
  if (!service) notFound();
  const changes = await serviceEscalationChanges(db, service.id);
  // Mirrors RLS: only leads and admins change escalation policies.
  const canEdit = editsOnCall(me.role);
  const onCall = new Map(onCallNow(rotations.map((r) => r.setup), now).map((c) => [c.rotationId, c]));

  const byId = (list: { id: string; name: string }[]) => new Map(list.map((o) => [o.id, o.name]));
  const [rotationNames, groupNames] = [byId(options.rotations), byId(options.groups)];
  // Deleted policies are named from their own history rows.
  const policyNames = new Map(service.policies.map((p) => [p.id, policyLabel({ severity: p.severity })]));
  for (const c of changes) if (c.entity_type === "escalation_policies") policyNames.set(String((c.after ?? c.before)!.id), policyLabel(c.after ?? c.before));
  const names = {
    person: (id: string) => people.get(id)?.name,
    rotation: (id: string) => rotationNames.get(id),
    group: (id: string) => groupNames.get(id),
    item: () => undefined,
    // Which policy a level belongs to matters only when the service has had more than one.
    policy: policyNames.size > 1 ? (id: string) => policyNames.get(id) : undefined,
  };

  const used = new Set(service.policies.map((p) => p.severity ?? ""));
  const free = [
    { id: "", name: service.policies.length ? "Every other severity (default)" : "Every severity" },
    ...options.severities.map((s) => ({ id: s.id, name: `${s.id} ${s.name} incidents only` })),
  ].filter((s) => !used.has(s.id));
  const targets = { rotations: options.rotations, people: options.people.map((p) => ({ id: p.id, name: p.name })), groups: options.groups };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/escalation" className="underline">
          Escalation
        </Link>
      </p>
      <PageHeader
        title={`${service.name} escalation`}
        description={
          service.policies.length
            ? "Who is paged for this service, level by level, and who that is right now."
            : "Nobody is paged for this service yet: it has no escalation policy."
        }
      />

      {service.policies.map((p) => (
        <section key={p.id} aria-labelledby={`now-${p.id}`} className="mb-8">
          <h2 id={`now-${p.id}`} className="mb-2 text-lg font-semibold">
            {policyTitle(p, service.policies)}
          </h2>
          <ol className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {p.levels.map((l) => (
              <li key={l.level} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">Level {l.level}</p>
                <Level level={l} resolved={resolveLevel(l, onCall)} people={people} />
              </li>
            ))}
          </ol>
          {canEdit && (
            <PolicyEditor
              serviceId={service.id}
              policy={{ id: p.id, severity: p.severity, levels: p.levels.map(toValues) }}
              title={`Edit the policy for ${policyTitle(p, service.policies).toLowerCase()}`}
              options={targets}
            />
          )}
        </section>
      ))}

      {canEdit && free.length > 0 && (
        <section aria-labelledby="add-policy-title" className="mb-8">
          <h2 id="add-policy-title" className="mb-2 text-lg font-semibold">
            {service.policies.length ? "Add a policy for one severity" : "Add a policy"}
          </h2>
          <PolicyEditor
            // A new form once a policy is added: the severity it was for is no longer free.
            key={[...used].sort().join()}
            serviceId={service.id}
            policy={null}
            title={`New policy for ${service.name}`}
            severities={free}
            options={targets}
          />
        </section>
      )}

      <ChangeList
        timeZone={me.time_zone}
        changes={changes.map((c) => ({ id: c.id, changed_at: c.changed_at, who: c.who, text: describeEditChange(c, names) }))}
      />
    </>
  );
}
