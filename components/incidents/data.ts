"use client";
// The incident data every client view shares, in one place: query keys, fetchers and the
// lookups (severities, services, people). The live feed invalidates ["incidents"], so anything
// keyed under it refetches when someone else changes something.
import { useQuery } from "@tanstack/react-query";
import type { IncidentView, IncidentPage, ServiceOption } from "@/lib/incidents/queries";
import type { Severity } from "@/lib/incidents/model";
import type { Person } from "@/lib/people/person";

export interface IncidentOptions {
  severities: Severity[];
  services: ServiceOption[];
  people: Person[];
}

export const incidentKeys = {
  all: ["incidents"] as const,
  list: (query: string) => ["incidents", "list", query] as const,
  detail: (number: number) => ["incidents", "detail", number] as const,
  options: ["incident-options"] as const,
};

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${res.status}`);
  return res.json() as Promise<T>;
}

export const fetchIncident = (number: number) => getJson<IncidentView>(`/api/incidents/INC-${number}`);
export const fetchIncidentPage = (query: string) => getJson<IncidentPage>(`/api/incidents${query ? `?${query}` : ""}`);

export function useIncidentOptions(initial?: IncidentOptions, enabled = true) {
  return useQuery({
    queryKey: incidentKeys.options,
    queryFn: () => getJson<IncidentOptions>("/api/incidents/options"),
    initialData: initial,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function lookups(options: IncidentOptions | undefined) {
  const people = new Map((options?.people ?? []).map((p) => [p.id, p]));
  const services = new Map((options?.services ?? []).map((s) => [s.id, s]));
  const severities = new Map((options?.severities ?? []).map((s) => [s.id, s]));
  return { people, services, severities };
}
