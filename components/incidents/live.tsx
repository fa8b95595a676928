"use client";
// Keeps every incident view current: one EventSource per tab on /api/incidents/live. A change
// invalidates the incident queries (TanStack Query refetches the visible ones); every (re)connect
// does the same, which is how a view catches up on what it missed while disconnected.
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useState } from "react";
import { incidentKeys } from "./data";

export type LiveState = "connecting" | "live" | "reconnecting";
const LiveContext = createContext<LiveState>("connecting");
export const useLiveState = () => useContext(LiveContext);

export function LiveIncidents({ children }: { children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let backoff = 1000;
    let closed = false;
    const refresh = () => void queryClient.invalidateQueries({ queryKey: incidentKeys.all });

    const open = () => {
      source = new EventSource("/api/incidents/live");
      source.addEventListener("ready", () => {
        backoff = 1000;
        setState("live");
        refresh();
      });
      source.addEventListener("change", refresh);
      source.addEventListener("resync", refresh);
      source.onerror = () => {
        setState("reconnecting");
        // The browser retries by itself unless the server answered with an error (e.g. 401 or
        // 503 while the app restarts): then the source is closed and we try again ourselves.
        if (source?.readyState === EventSource.CLOSED && !closed) {
          retry = setTimeout(open, backoff);
          backoff = Math.min(backoff * 2, 15_000);
        }
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [queryClient]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

/** A small calm indicator: is this view live, or catching up? */
export function LiveBadge() {
  const state = useLiveState();
  const label = state === "live" ? "Live" : state === "connecting" ? "Connecting…" : "Reconnecting…";
  return (
    <span role="status" className="inline-flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300">
      <span
        aria-hidden
        className={`inline-block size-2 rounded-full ${state === "live" ? "bg-green-600" : "animate-pulse bg-amber-500"}`}
      />
      {label}
    </span>
  );
}
