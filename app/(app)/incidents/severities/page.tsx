import { SeverityForm } from "@/components/incidents/severity-form";
import { SeverityBadge } from "@/components/incidents/severity-picker";
import { severityTargets } from "@/lib/incidents/severity-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listSeverities } from "@/lib/incidents/queries";

export const metadata = { title: "Severities" };

export default async function SeveritiesPage() {
  const me = await requirePerson();
  const severities = await listSeverities(await dbAs(me));
  const isAdmin = me.role === "admin";
  return (
    <>
      <PageHeader
        title="Severities"
        description={
          isAdmin
            ? "What each severity means and what it expects. Changes apply to every incident's clocks at once."
            : "What each severity means and what it expects. Admins can change them."
        }
      />
      {isAdmin ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {severities.map((s) => (
            <SeverityForm key={s.id} severity={s} />
          ))}
        </div>
      ) : (
        <dl className="space-y-4">
          {severities.map((s) => (
            <div key={s.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <dt>
                <SeverityBadge severity={s.id} name={s.name} />
              </dt>
              <dd className="mt-1">{s.description}</dd>
              <dd className="text-sm text-slate-700 dark:text-slate-300">Expected: {severityTargets(s)}.</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
