"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { startReview } from "@/lib/reviews/actions";

/** Starts the review of a resolved incident (pre-filled from it), then shows the editor. */
export function StartReview({ incidentId }: { incidentId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error && <Notice tone="error">{error}</Notice>}
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await startReview({ incident_id: incidentId }).catch(() => ({ ok: false as const, message: "Beacon could not be reached; try again." }));
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        {pending ? "Starting…" : "Start the review"}
      </Button>
    </div>
  );
}
