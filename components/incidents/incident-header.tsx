"use client";
// The top of the incident page: what it is, how bad, where it stands, and the two clocks that
// matter (acknowledge target, update cadence), with the actions that move it on.
import { useIncidentAction } from "./use-incident-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { acknowledgeIncident, moveStatus } from "@/lib/incidents/actions";
import { nextMoves } from "@/lib/incidents/lifecycle";
import { STATUS_LABELS, type Incident, type IncidentStatus, type Severity } from "@/lib/incidents/model";
import { incidentRef } from "@/lib/incidents/ref";
import { ackClock, updateCadence } from "@/lib/incidents/timers";
import { SeverityBadge } from "./severity-picker";
import { useNow } from "@/components/ui/use-now";
import { IncidentReviewAction } from "@/components/reviews/incident-review-action";

const STATUS_TONE: Record<IncidentStatus, string> = {
  investigating: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  identified: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100",
  monitoring: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  resolved: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_TONE[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function DrillBadge() {
  return (
    <span className="rounded border border-dashed border-violet-600 px-2 py-0.5 text-sm font-semibold text-violet-800 dark:border-violet-400 dark:text-violet-200">
      Drill
    </span>
  );
}

export function IncidentHeader({
  incident,
  severity,
  lastUpdateAt,
  onChanged,
}: {
  incident: Incident;
  severity: Severity | undefined;
  lastUpdateAt: Date | null;
  onChanged: () => void;
}) {
  const now = useNow(1000);
  const { run, pending, error } = useIncidentAction(onChanged);

  const ack = severity ? ackClock(incident, severity, now) : null;
  const cadence = severity
    ? updateCadence(lastUpdateAt, new Date(incident.declared_at), severity, now, incident.status)
    : null;

  return (
    <header className="space-y-3 border-b border-slate-200 pb-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono font-semibold text-slate-700 dark:text-slate-300">{incidentRef(incident.number)}</span>
        <SeverityBadge severity={incident.severity} name={severity?.name} />
        <StatusBadge status={incident.status} />
        {incident.drill && <DrillBadge />}
      </div>
      <h1 className="text-2xl font-semibold tracking-tight break-words">{incident.title}</h1>

      <div className="grid gap-2 sm:grid-cols-2">
        {ack && (
          <p
            className={`rounded-md px-3 py-2 text-sm font-medium ${
              ack.state === "breached"
                ? "bg-red-700 text-white dark:bg-red-500 dark:text-slate-950"
                : ack.state === "waiting"
                  ? "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
                  : "bg-slate-100 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
            }`}
            data-testid="ack-clock"
          >
            {ack.state === "breached" && <span className="sr-only">Breached: </span>}
            {ack.label}
          </p>
        )}
        {cadence && cadence.state !== "not needed" && (
          <p
            className={`rounded-md px-3 py-2 text-sm font-medium ${
              cadence.state === "overdue"
                ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100"
                : cadence.state === "due soon"
                  ? "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
                  : "bg-slate-100 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
            }`}
            data-testid="update-cadence"
          >
            {cadence.label}
          </p>
        )}
      </div>

      <div className="flex flex-wrap gap-2" role="group" aria-label="Incident actions">
        {!incident.acknowledged_at && incident.status !== "resolved" && (
          <Button type="button" disabled={pending} onClick={() => run(() => acknowledgeIncident({ incident_id: incident.id }))}>
            Acknowledge
          </Button>
        )}
        {nextMoves(incident.status).map((m, i) => (
          <Button
            key={m.to}
            type="button"
            variant={i === 0 && incident.acknowledged_at ? "primary" : "secondary"}
            disabled={pending}
            onClick={() => run(() => moveStatus({ incident_id: incident.id, status: m.to }))}
          >
            {m.label}
          </Button>
        ))}
        {incident.status === "resolved" && <IncidentReviewAction incidentId={incident.id} incidentNumber={incident.number} />}
        {pending && (
          <span role="status" className="self-center text-sm text-slate-700 dark:text-slate-300">
            Saving…
          </span>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </header>
  );
}
