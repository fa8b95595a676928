"use client";
// The incident page: the screen an on-call person has open during an outage. Data comes from
// TanStack Query (seeded by the server render) and refetches whenever the live feed says this
// incident changed, so everyone looking sees the same truth within a second or two.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteIncident } from "@/lib/incidents/actions";
import type { IncidentView } from "@/lib/incidents/queries";
import type { Person } from "@/lib/people/person";
import { fetchIncident, incidentKeys, lookups, useIncidentOptions, type IncidentOptions } from "./data";
import { DetailsPanel } from "./details-panel";
import { IncidentHeader } from "./incident-header";
import { KeyTimesPanel } from "./key-times-panel";
import { LiveBadge } from "./live";
import { NoteComposer } from "./note-composer";
import { RolesPanel } from "./roles-panel";
import { RunbooksPanel } from "./runbooks-panel";
import type { RunbookSummary } from "@/lib/incidents/runbook-suggestions";
import { StakeholderPanel } from "./stakeholder-panel";
import { Timeline } from "./timeline";

const UPDATE_KINDS = new Set(["declared", "status", "stakeholder_update"]);

export function IncidentScreen({
  number,
  initial,
  initialOptions,
  runbooks,
  me,
}: {
  number: number;
  initial: IncidentView;
  initialOptions: IncidentOptions;
  /** Runbooks change only with a deploy: sent once with the page. */
  runbooks: RunbookSummary[];
  me: Person;
}) {
  const queryClient = useQueryClient();
  const { data, error } = useQuery({
    queryKey: incidentKeys.detail(number),
    queryFn: () => fetchIncident(number),
    initialData: initial,
    staleTime: 0,
  });
  const { data: options = initialOptions } = useIncidentOptions(initialOptions);
  const { people, services, severities } = lookups(options);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: incidentKeys.detail(number) });

  if (error && error.message === "404") {
    return (
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
        This incident no longer exists — an admin may have deleted it.
      </p>
    );
  }
  const { incident, events } = data;
  const severity = severities.get(incident.severity);
  const lastUpdate = events.filter((e) => UPDATE_KINDS.has(e.kind)).at(-1);
  const serviceNames = incident.service_ids.map((id) => services.get(id)?.name ?? "Unknown service");

  return (
    <div className="space-y-6">
      <div className="flex justify-end">
        <LiveBadge />
      </div>
      <IncidentHeader
        incident={incident}
        severity={severity}
        lastUpdateAt={lastUpdate ? new Date(lastUpdate.at) : null}
        onChanged={refresh}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          <DetailsPanel incident={incident} severities={options.severities} services={options.services} />
          <RunbooksPanel
            incident={incident}
            attached={data.runbooks}
            catalog={runbooks}
            serviceSlugs={incident.service_ids.map((id) => services.get(id)?.slug ?? "")}
            people={people}
            timeZone={me.time_zone}
            onChanged={refresh}
          />
          <NoteComposer incidentId={incident.id} onAdded={refresh} />
          <Timeline
            events={events}
            people={people}
            services={services}
            meId={me.id}
            timeZone={me.time_zone}
            onChanged={refresh}
          />
        </div>
        <aside className="min-w-0 space-y-8" aria-label="Roles, times and updates">
          <RolesPanel incident={incident} people={people} />
          <KeyTimesPanel incident={incident} timeZone={me.time_zone} />
          <StakeholderPanel
            key={`${incident.status}-${incident.severity}`}
            incident={incident}
            severity={severity}
            serviceNames={serviceNames}
            timeZone={me.time_zone}
            onRecorded={refresh}
          />
          {me.role === "admin" && <DeleteIncident incidentId={incident.id} />}
        </aside>
      </div>
    </div>
  );
}

function DeleteIncident({ incidentId }: { incidentId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <section aria-labelledby="delete-title" className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800">
      <h2 id="delete-title" className="font-semibold">
        Delete incident
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Admins only. Removes the incident and its whole timeline for everyone.</p>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Delete this incident and its timeline for everyone? This cannot be undone.")) return;
          start(async () => {
            const r = await deleteIncident({ incident_id: incidentId });
            if (r.ok) router.push("/incidents");
            else window.alert(r.message);
          });
        }}
      >
        Delete incident
      </Button>
    </section>
  );
}
