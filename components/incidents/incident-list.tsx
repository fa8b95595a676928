"use client";
// The incident list: open first, then recent; filters live in the URL so a link shows the same
// list; "Show more" walks pages by keyset; the live feed keeps it current.
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { selectClass, TextInput } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { filtersToSearchParams, type IncidentFilters } from "@/lib/incidents/filters";
import { INCIDENT_STATUSES, STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/model";
import type { IncidentPage } from "@/lib/incidents/queries";
import { incidentRef } from "@/lib/incidents/ref";
import { formatDuration } from "@/lib/incidents/timers";
import { fetchIncidentPage, incidentKeys, lookups, type IncidentOptions } from "./data";
import { DrillBadge, StatusBadge } from "./incident-header";
import { LiveBadge } from "./live";
import { SeverityBadge } from "./severity-picker";
import { useNow } from "@/components/ui/use-now";

const OPEN: IncidentStatus[] = ["investigating", "identified", "monitoring"];

export function IncidentList({
  filters,
  initial,
  options,
  timeZone,
}: {
  filters: IncidentFilters;
  initial: IncidentPage;
  options: IncidentOptions;
  timeZone: string;
}) {
  const base = filtersToSearchParams({ ...filters, after: undefined });
  const query = base.toString();
  const { people, services } = lookups(options);
  const list = useInfiniteQuery({
    queryKey: incidentKeys.list(query),
    queryFn: ({ pageParam }) => {
      const p = new URLSearchParams(base);
      if (pageParam) p.set("after", pageParam);
      return fetchIncidentPage(p.toString());
    },
    initialPageParam: "",
    getNextPageParam: (last) => last.next ?? undefined,
    initialData: { pages: [initial], pageParams: [""] },
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const now = useNow(30_000).getTime();

  return (
    <div className="space-y-4">
      <Filters filters={filters} options={options} />
      <div className="flex items-center justify-between gap-2">
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {items.length === 0
            ? "No incidents match."
            : `${items.length}${list.hasNextPage ? "+" : ""} incident${items.length === 1 ? "" : "s"}`}
          {list.isFetching && !list.isFetchingNextPage && " · updating…"}
        </p>
        <LiveBadge />
      </div>
      {list.isError && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          Could not refresh the list; showing what was loaded. It will retry.
        </p>
      )}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {items.map((i) => {
          const commander = i.commander_id ? people.get(i.commander_id)?.name : undefined;
          const names = i.service_ids.map((id) => services.get(id)?.name).filter(Boolean).join(", ");
          return (
            <li key={i.id} className="px-4 py-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-mono font-semibold text-slate-700 dark:text-slate-300">{incidentRef(i.number)}</span>
                <SeverityBadge severity={i.severity} />
                <StatusBadge status={i.status} />
                {i.drill && <DrillBadge />}
                {i.status !== "resolved" && !i.acknowledged_at && (
                  <span className="rounded bg-red-700 px-2 py-0.5 text-sm font-semibold text-white dark:bg-red-500 dark:text-slate-950">
                    Not acknowledged
                  </span>
                )}
              </div>
              <Link href={`/incidents/${incidentRef(i.number)}`} className="mt-1 block text-base font-semibold underline-offset-2 hover:underline">
                {i.title}
              </Link>
              <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
                Declared <LocalTime at={new Date(i.declared_at)} timeZone={timeZone} />
                {i.status === "resolved" && i.resolved_at
                  ? ` · lasted ${formatDuration(new Date(i.resolved_at).getTime() - new Date(i.started_at).getTime())}`
                  : ` · open ${formatDuration(now - new Date(i.started_at).getTime())}`}
                {commander && ` · commander ${commander}`}
                {names && ` · ${names}`}
              </p>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage && (
        <Button type="button" variant="secondary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      )}
    </div>
  );
}

function Filters({ filters, options }: { filters: IncidentFilters; options: IncidentOptions }) {
  const router = useRouter();
  const path = usePathname();
  const statusValue =
    filters.status?.length === 3 && OPEN.every((s) => filters.status!.includes(s))
      ? "open"
      : filters.status?.length === 1
        ? filters.status[0]
        : "";
  const [v, setV] = useState({
    q: filters.q ?? "",
    status: statusValue,
    severity: filters.severity?.[0] ?? "",
    service: filters.service ?? "",
    commander: filters.commander ?? "",
    drill: filters.drill === undefined ? "" : filters.drill ? "yes" : "no",
    from: filters.from ?? "",
    to: filters.to ?? "",
  });
  const go = (next: IncidentFilters) => {
    const qs = filtersToSearchParams(next).toString();
    router.push(qs ? `${path}?${qs}` : path);
  };
  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    go({
      q: v.q.trim() || undefined,
      status: v.status === "open" ? OPEN : v.status ? [v.status as IncidentStatus] : undefined,
      severity: v.severity ? [v.severity] : undefined,
      service: v.service || undefined,
      commander: v.commander || undefined,
      drill: v.drill ? v.drill === "yes" : undefined,
      from: v.from || undefined,
      to: v.to || undefined,
      mine: filters.mine,
    });
  };
  const activeCount = [v.status, v.severity, v.service, v.commander, v.drill, v.from, v.to].filter(Boolean).length;
  const [showAll, setShowAll] = useState(activeCount > 0);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV((s) => ({ ...s, [k]: e.target.value }));
  const mineHref = (mine: boolean) => {
    const qs = filtersToSearchParams({ ...filters, after: undefined, mine: mine || undefined }).toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <div className="space-y-3">
      <nav aria-label="Whose incidents" className="flex gap-2">
        {[false, true].map((mine) => (
          <Link
            key={String(mine)}
            href={mineHref(mine)}
            aria-current={!!filters.mine === mine ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${
              !!filters.mine === mine
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {mine ? "Mine" : "All incidents"}
          </Link>
        ))}
      </nav>
      <form role="search" aria-label="Filter incidents" onSubmit={apply} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className={LABEL}>
            Search titles, summaries and notes
          </label>
          <TextInput id="f-q" type="search" value={v.q} onChange={set("q")} maxLength={200} />
        </div>
        {/* On a phone the list comes first: the filters fold behind a button (open when in use). */}
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-2 text-left text-sm font-medium sm:hidden dark:border-slate-600"
          aria-expanded={showAll}
          aria-controls="more-filters"
          onClick={() => setShowAll((x) => !x)}
        >
          {showAll ? "Fewer filters" : `More filters${activeCount ? ` (${activeCount} in use)` : ""}`}
        </button>
        <div id="more-filters" className={`${showAll ? "contents" : "hidden"} sm:contents`}>
          <FilterSelect id="f-status" label="Status" value={v.status} onChange={set("status")} choices={[
            ["", "Any"],
            ["open", "Open (not resolved)"],
            ...INCIDENT_STATUSES.map((s): Choice => [s, STATUS_LABELS[s]]),
          ]} />
          <FilterSelect id="f-severity" label="Severity" value={v.severity} onChange={set("severity")} choices={[
            ["", "Any"],
            ...options.severities.map((s): Choice => [s.id, `${s.id} ${s.name}`]),
          ]} />
          <FilterSelect id="f-service" label="Service" value={v.service} onChange={set("service")} choices={[
            ["", "Any"],
            ...options.services.map((s): Choice => [s.id, s.name]),
          ]} />
          <FilterSelect id="f-commander" label="Commander" value={v.commander} onChange={set("commander")} choices={[
            ["", "Anyone"],
            ...options.people.map((p): Choice => [p.id, p.name]),
          ]} />
          <FilterSelect id="f-drill" label="Drills" value={v.drill} onChange={set("drill")} choices={[
            ["", "Real and drills"],
            ["no", "Real incidents only"],
            ["yes", "Drills only"],
          ]} />
          <div>
            <label htmlFor="f-from" className={LABEL}>
              Declared from
            </label>
            <TextInput id="f-from" type="date" value={v.from} onChange={set("from")} />
          </div>
          <div>
            <label htmlFor="f-to" className={LABEL}>
              Declared to
            </label>
            <TextInput id="f-to" type="date" value={v.to} onChange={set("to")} />
          </div>
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">Apply filters</Button>
          <Button type="button" variant="quiet" onClick={() => go({ mine: filters.mine })}>
            Clear
          </Button>
        </div>
      </form>
    </div>
  );
}

const LABEL = "block text-sm font-medium";
type Choice = [value: string, label: string];

function FilterSelect({
  id,
  label,
  value,
  onChange,
  choices,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void;
  choices: Choice[];
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} className={selectClass} value={value} onChange={onChange}>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
