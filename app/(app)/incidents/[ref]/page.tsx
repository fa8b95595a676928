import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentScreen } from "@/components/incidents/incident-screen";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { getIncident, listIncidentOptions } from "@/lib/incidents/queries";
import { incidentRef, parseIncidentRef } from "@/lib/incidents/ref";
import { allRunbooks } from "@/lib/runbooks/load";
import type { RunbookSummary } from "@/lib/incidents/runbook-suggestions";

type Params = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const number = parseIncidentRef((await params).ref);
  return { title: number ? incidentRef(number) : "Incident" };
}

export default async function IncidentPage({ params }: Params) {
  const me = await requirePerson();
  const number = parseIncidentRef((await params).ref);
  if (number === null) notFound();
  const db = await dbAs(me);
  const [view, options] = await Promise.all([getIncident(db, number), listIncidentOptions(db)]);
  if (!view) notFound();
  const runbooks: RunbookSummary[] = allRunbooks().map((r) => ({
    slug: r.slug,
    title: r.meta.title,
    summary: r.meta.summary,
    services: r.meta.services,
    severities: r.meta.severities,
    steps: r.tasks,
  }));
  return (
    <IncidentScreen
      number={number}
      initial={view}
      initialOptions={options}
      runbooks={runbooks}
      me={me}
    />
  );
}
