import Link from "next/link";
import { SeverityBadge } from "@/components/incidents/severity-picker";
import { incidentRef } from "@/lib/incidents/ref";
import { REVIEW_STATE_LABELS, type ReviewIncident, type ReviewState } from "@/lib/reviews/model";

/** "Review of INC-12", the incident's title, severity, drill mark and the review's state. */
export function ReviewHeader({ incident, state }: { incident: ReviewIncident; state: ReviewState | null }) {
  const ref = incidentRef(incident.number);
  return (
    <header className="mb-6 space-y-2">
      <p className="text-sm">
        <Link href="/reviews" className="text-blue-700 underline dark:text-blue-300">
          Reviews
        </Link>{" "}
        /{" "}
        <Link href={`/incidents/${ref}`} className="text-blue-700 underline dark:text-blue-300">
          {ref}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Review of {ref}: {incident.title}</h1>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <SeverityBadge severity={incident.severity} />
        {incident.drill && <span className="rounded bg-purple-100 px-2 py-0.5 font-semibold text-purple-900 dark:bg-purple-950 dark:text-purple-100">Drill</span>}
        {state && <span className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600">{REVIEW_STATE_LABELS[state]}</span>}
      </div>
    </header>
  );
}
