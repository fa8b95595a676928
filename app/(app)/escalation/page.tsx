import Link from "next/link";
import { editsOnCall } from "@/lib/people/roles";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Level } from "@/components/escalation/level";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { escalationMatrix, type ServiceEscalation } from "@/lib/escalation/queries";
import { resolveLevel } from "@/lib/escalation/resolve";
import { onCallNow } from "@/lib/oncall/now";
import { listRotations, peopleById } from "@/lib/oncall/queries";

export const metadata = { title: "Escalation" };

const muted = "text-slate-600 dark:text-slate-300";

export default async function EscalationPage() {
  const me = await requirePerson();
  const db = await dbAs(me);
  // Mirrors RLS: only leads and admins may change a policy, so only they see the way to.
  const canEdit = editsOnCall(me.role);
  const now = new Date();
  const [services, rotations, people] = await Promise.all([
    escalationMatrix(db),
    listRotations(db, now, new Date(now.getTime() + 35 * 86_400_000)),
    peopleById(db),
  ]);
  const onCall = new Map(onCallNow(rotations.map((r) => r.setup), now).map((c) => [c.rotationId, c]));
  type Row = { service: ServiceEscalation; policy: ServiceEscalation["policies"][number] | null };
  const rows = services.flatMap((s): Row[] => (s.policies.length ? s.policies.map((p) => ({ service: s, policy: p })) : [{ service: s, policy: null }]));
  const depth = Math.max(1, ...rows.map((r) => r.policy?.levels.length ?? 0));
  const levelNumbers = Array.from({ length: depth }, (_, i) => i + 1);
  const cell =
    "px-3 py-3 align-top max-md:block max-md:py-1 max-md:before:block max-md:before:text-xs max-md:before:font-semibold max-md:before:text-slate-600 max-md:before:content-[attr(data-label)] dark:max-md:before:text-slate-300";

  return (
    <>
      <PageHeader
        title="Escalation"
        description={
          <>
            Who is paged for each service, in what order, after how long — and who that is right now (
            <LocalTime at={now} timeZone={me.time_zone} />
            ).
          </>
        }
        actions={
          <div className="no-print flex flex-wrap gap-x-4 text-sm">
            <Link href="/oncall/groups" className="underline">
              Groups
            </Link>
            <Link href="/oncall" className="underline">
              Rotations and handoffs
            </Link>
          </div>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No services yet">
          <p>Escalation policies belong to services; there are none yet.</p>
        </EmptyState>
      ) : (
        <div className="escalation-matrix relative rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Escalation matrix: services by level, with who each level pages now</caption>
            <thead className="bg-slate-50 text-slate-700 max-md:sr-only dark:bg-slate-900 dark:text-slate-200">
              <tr>
                <th scope="col" className="px-3 py-3 font-semibold">Service</th>
                {levelNumbers.map((n) => (
                  <th key={n} scope="col" className="px-3 py-3 font-semibold">
                    Level {n}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {rows.map(({ service, policy }) => (
                <tr key={`${service.slug}-${policy?.severity ?? "all"}`} className="break-inside-avoid max-md:block max-md:py-2">
                  <th scope="row" className="px-3 py-3 align-top font-medium max-md:block max-md:pb-1 max-md:text-base">
                    <Link href={`/escalation/${service.slug}`} className="underline">
                      {service.name}
                    </Link>
                    <div className={`text-xs font-normal ${muted}`}>
                      {!policy ? "No policy" : policy.severity ? `${policy.severity} incidents` : service.policies.length > 1 ? "Every other severity" : "Every severity"}
                    </div>
                    {canEdit && (
                      <Link href={`/escalation/${service.slug}`} className="no-print text-xs font-normal underline">
                        {policy ? "Edit" : "Add a policy"}
                        <span className="sr-only"> for {service.name}</span>
                      </Link>
                    )}
                  </th>
                  {levelNumbers.map((n) => {
                    const level = policy?.levels[n - 1];
                    return (
                      <td key={n} data-label={`Level ${n}`} className={`${cell} ${level ? "" : "max-md:hidden"}`}>
                        {level ? <Level level={level} resolved={resolveLevel(level, onCall)} people={people} /> : <span className={muted}>—</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
