"use client";
// Starts the review of a resolved incident (or finds the one already started) and opens it.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { incidentRef } from "@/lib/incidents/ref";
import { startReview } from "@/lib/reviews/actions";

const UNREACHABLE = "Beacon could not be reached; no review was started. Try again.";

export function StartReviewButton({
  incidentId,
  incidentNumber,
  variant = "primary",
}: {
  incidentId: string;
  incidentNumber: number;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const ref = incidentRef(incidentNumber);

  const onClick = () => {
    setError(null);
    start(async () => {
      const r = await startReview({ incident_id: incidentId }).catch(() => ({ ok: false as const, message: UNREACHABLE }));
      if (r.ok) router.push(`/reviews/${incidentRef(r.data.incident_number)}`);
      else setError(r.message ?? "The review could not be started.");
    });
  };

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant={variant} disabled={pending} onClick={onClick}>
        {pending ? "Starting review…" : "Start review"}
        <span className="sr-only"> of {ref}</span>
      </Button>
      {error && (
        <span role="alert" className="max-w-xs text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
