import Link from "next/link";
import { IncidentList } from "@/components/incidents/incident-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { parseIncidentFilters } from "@/lib/incidents/filters";
import { listIncidentOptions, listIncidents } from "@/lib/incidents/queries";

export const metadata = { title: "Incidents" };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePerson();
  const filters = parseIncidentFilters(await searchParams);
  const db = await dbAs(me);
  const [page, options] = await Promise.all([
    listIncidents(db, { ...filters, after: undefined }, me.time_zone),
    listIncidentOptions(db),
  ]);
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Open incidents first, then the most recent. Declare one with the red button or Alt+Shift+D."
        actions={
          <Link href="/incidents/severities" className="text-sm underline">
            What the severities mean
          </Link>
        }
      />
      <IncidentList
        key={JSON.stringify(filters)}
        filters={filters}
        initial={page}
        options={options}
        timeZone={me.time_zone}
      />
    </>
  );
}
