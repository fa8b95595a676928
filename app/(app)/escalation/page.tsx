import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { ContactLinks } from "@/components/people/contact-links";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { describeTarget, escalationMatrix, type EscalationLevel, type ServiceEscalation } from "@/lib/escalation/queries";
import { resolveLevel } from "@/lib/escalation/resolve";
import { onCallNow } from "@/lib/oncall/now";
import { listRotations, peopleById } from "@/lib/oncall/queries";
import type { Person } from "@/lib/people/person";

export const metadata = { title: "Escalation" };

const muted = "text-slate-600 dark:text-slate-300";

function Level({ level, resolved, people }: { level: EscalationLevel; resolved: string[]; people: Map<string, Person> }) {
  return (
    <div className="space-y-1">
      <p className="font-medium">{describeTarget(level)}</p>
      {resolved.length === 0 ? (
        <p className="text-amber-900 dark:text-amber-200">Nobody right now</p>
      ) : (
        <ul className="space-y-1">
          {resolved.map((id) => {
            const person = people.get(id);
            return (
              <li key={id}>
                → {person?.name ?? id}
                {person && (
                  <div className="pl-4">
                    <ContactLinks person={person} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className={`text-xs ${muted}`}>
        {level.repeat_count ? `Paged ${level.repeat_count + 1} times, ` : "Paged once, "}
        {level.wait_minutes} min apart · next level after {level.wait_minutes * (level.repeat_count + 1)} min
      </p>
    </div>
  );
}

export default async function EscalationPage() {
  const me = await requirePerson();
  const db = await dbAs(me);
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
          <Link href="/oncall" className="no-print text-sm underline">
            Rotations and handoffs
          </Link>
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
                    {service.name}
                    <div className={`text-xs font-normal ${muted}`}>
                      {!policy ? "No policy" : policy.severity ? `${policy.severity} incidents` : service.policies.length > 1 ? "Every other severity" : "Every severity"}
                    </div>
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
