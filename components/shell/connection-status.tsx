"use client";
import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

interface Health {
  status: "ok" | "degraded";
  checks: { database: { ok: boolean }; rest: { ok: boolean } };
}

/**
 * Says plainly when this browser is offline or Beacon's backend is not answering, so nobody
 * types an update at 3 a.m. into a page that cannot save it. Silent when all is well.
 */
export function ConnectionStatus() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  const { data, isError } = useQuery({
    queryKey: ["health"],
    queryFn: async (): Promise<Health> => {
      const res = await fetch("/api/health", { cache: "no-store" });
      return res.json();
    },
    refetchInterval: 30_000,
    retry: 1,
    enabled: online,
  });

  let message: string | null = null;
  if (!online) message = "You are offline. Beacon cannot save changes until the connection is back.";
  else if (isError) message = "Beacon's server is not answering. Changes may not save; retrying every 30 seconds.";
  else if (data?.status === "degraded")
    message = `Beacon's ${!data.checks.database.ok ? "database" : "data API"} is not answering. Changes may not save; retrying every 30 seconds.`;

  return (
    <div role="status" aria-live="polite">
      {message && (
        <p className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm font-medium text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {message}
        </p>
      )}
    </div>
  );
}
