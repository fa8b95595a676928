"use client";
// The home page's first answer at 3 a.m.: what is on fire right now. Live like the list.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { IncidentPage } from "@/lib/incidents/queries";
import { incidentRef } from "@/lib/incidents/ref";
import { fetchIncidentPage, incidentKeys } from "./data";
import { StatusBadge } from "./incident-header";
import { SeverityBadge } from "./severity-picker";

export const OPEN_QUERY = "status=investigating%2Cidentified%2Cmonitoring";

export function OpenIncidents({ initial }: { initial: IncidentPage | null }) {
  const { data } = useQuery({
    queryKey: incidentKeys.list(OPEN_QUERY),
    queryFn: () => fetchIncidentPage(OPEN_QUERY),
    initialData: initial ?? undefined,
  });
  return (
    <section aria-labelledby="open-title" className="mb-8 space-y-2">
      <h2 id="open-title" className="text-lg font-semibold">
        Open incidents
      </h2>
      {!data ? (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          Could not load open incidents right now; retrying. <Link href="/incidents" className="underline">Open the incident list</Link>.
        </p>
      ) : data.items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">Nothing open. All quiet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {data.items.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center gap-2 px-4 py-2">
              <SeverityBadge severity={i.severity} />
              <StatusBadge status={i.status} />
              {!i.acknowledged_at && <span className="text-sm font-semibold text-red-700 dark:text-red-300">Not acknowledged</span>}
              <Link href={`/incidents/${incidentRef(i.number)}`} className="min-w-0 font-medium underline-offset-2 hover:underline">
                <span className="font-mono text-sm">{incidentRef(i.number)}</span> {i.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data?.next && (
        <Link href="/incidents?status=investigating%2Cidentified%2Cmonitoring" className="text-sm underline">
          All open incidents
        </Link>
      )}
    </section>
  );
}
