"use client";
// One-click incident actions (acknowledge, move status, pin, attach a runbook…): run the server
// action, keep its error in words, and refresh the incident either way.
import { useState, useTransition } from "react";

type Result = { ok: boolean; message?: string };
const UNREACHABLE = "Beacon could not be reached; nothing changed. Try again.";

export function useIncidentAction(onChanged: () => void) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<Result>) => {
    setError(null);
    start(async () => {
      const r = await fn().catch((): Result => ({ ok: false, message: UNREACHABLE }));
      if (!r.ok) setError(r.message ?? "That did not work.");
      onChanged();
    });
  };
  return { run, pending, error, setError };
}
