"use client";
// A published review: every section read-only, action item status still changeable, and the
// markdown download and print view one click away.
import Link from "next/link";
import { useState } from "react";
import { KEY_TIME_LABELS } from "@/lib/incidents/model";
import { formatDuration } from "@/lib/incidents/timers";
import { computeDurations, DURATIONS, unknownReason } from "@/lib/reviews/durations";
import {
  ACTION_PRIORITY_LABELS,
  ACTION_TYPE_LABELS,
  FACTOR_CATEGORY_LABELS,
  STEP_LABELS,
  type ActionItem,
  type ReviewDocument,
} from "@/lib/reviews/model";
import { formatInTimeZone } from "@/lib/time/format";
import { ItemStatus } from "./item-status";

const Text = ({ value }: { value: string }) =>
  /\S/.test(value) ? <p className="whitespace-pre-wrap">{value}</p> : <p className="italic text-slate-600 dark:text-slate-400">Not written.</p>;

function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`pub-${id}`} className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h2 id={`pub-${id}`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Labelled({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <h3 className="font-semibold">{label}</h3>
      <Text value={value} />
    </div>
  );
}

export function PublishedView({
  incidentRef,
  review,
  names,
  services,
}: {
  incidentRef: string;
  review: ReviewDocument;
  names: Record<string, string>;
  services: Record<string, string>;
}) {
  const [items, setItems] = useState<ActionItem[]>(review.action_items);
  const s = Object.fromEntries(Object.entries(review.sections).map(([k, v]) => [k, v.content])) as {
    [K in keyof ReviewDocument["sections"]]: ReviewDocument["sections"][K]["content"];
  };
  const zone = s.timeline.time_zone;
  const durations = computeDurations(s.timeline.entries);
  const affected = s.impact.affected;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-3">
        <a href={`/reviews/${incidentRef}/export`} className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950">
          Download markdown
        </a>
        <Link href={`/reviews/${incidentRef}/print`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Print
        </Link>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">This review is published and read-only; action item status can still change.</p>

      <Block id="summary" title={STEP_LABELS.summary}>
        <Text value={s.summary.text} />
      </Block>

      <Block id="timeline" title={STEP_LABELS.timeline}>
        <p className="text-sm text-slate-700 dark:text-slate-300">Times in {zone}, UTC beside.</p>
        <ol className="space-y-1">
          {s.timeline.entries.map((e) => (
            <li key={e.id} className="grid gap-x-3 sm:grid-cols-[16rem_minmax(0,1fr)]">
              <span className="text-sm">
                {e.at ? formatInTimeZone(new Date(e.at), zone) : "No time"}
                {e.at && <span className="block text-xs text-slate-600 dark:text-slate-400">{formatInTimeZone(new Date(e.at), "UTC")}</span>}
              </span>
              <span>
                {e.key && (e.text === KEY_TIME_LABELS[e.key] || !e.text ? <strong>{KEY_TIME_LABELS[e.key]}</strong> : <><strong>{KEY_TIME_LABELS[e.key]}:</strong> {e.text}</>)}
                {!e.key && e.text}
              </span>
            </li>
          ))}
        </ol>
      </Block>

      <Block id="impact" title={STEP_LABELS.impact}>
        <dl className="grid gap-2 sm:grid-cols-3">
          {DURATIONS.map((n) => (
            <div key={n}>
              <dt className="text-sm text-slate-700 dark:text-slate-300">{durations[n].label}</dt>
              <dd className="font-semibold">{durations[n].ms !== null ? formatDuration(durations[n].ms!) : `Unknown — ${unknownReason(durations[n])}`}</dd>
            </div>
          ))}
        </dl>
        <Labelled label="Customer impact" value={s.impact.customer_impact} />
        <p>
          <strong>Affected:</strong>{" "}
          {affected ? `${affected.kind === "percent" ? `${affected.value}% of` : affected.value.toLocaleString("en")} ${affected.who}` : "Not recorded"}
        </p>
        <p>
          <strong>Services:</strong> {s.impact.service_ids.map((id) => services[id] ?? "Unknown service").join(", ") || "None recorded"}
        </p>
        <p>
          <strong>SLA or SLO breached:</strong> {s.impact.slo_breached === null ? "Not answered" : s.impact.slo_breached ? "Yes" : "No"}
          {s.impact.slo_breached && s.impact.slo_details ? ` — ${s.impact.slo_details}` : ""}
        </p>
        <p>
          <strong>Severity confirmed:</strong> {s.impact.severity_confirmed ?? "Not confirmed"}
        </p>
      </Block>

      <Block id="root_cause" title={STEP_LABELS.root_cause}>
        <Labelled label="Trigger" value={s.root_cause.trigger} />
        <Labelled label="Root causes" value={s.root_cause.root_causes} />
        <h3 className="font-semibold">Contributing factors</h3>
        {s.root_cause.contributing_factors.length ? (
          <ul className="list-disc pl-5">
            {s.root_cause.contributing_factors.map((f) => (
              <li key={f.id}>
                <strong>{FACTOR_CATEGORY_LABELS[f.category]}:</strong> {f.description}
              </li>
            ))}
          </ul>
        ) : (
          <Text value="" />
        )}
        {s.root_cause.five_whys.length > 0 && (
          <>
            <h3 className="font-semibold">Five whys</h3>
            <ol className="list-decimal pl-5">
              {s.root_cause.five_whys.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ol>
          </>
        )}
        <Labelled label="How it was detected" value={s.root_cause.detection_how} />
        <Labelled label="How it could have been detected sooner" value={s.root_cause.detection_sooner} />
      </Block>

      <Block id="action_items" title={STEP_LABELS.action_items}>
        {items.length === 0 ? (
          <p>{s.action_items.no_action_needed ? `No action needed: ${s.action_items.no_action_reason}` : "No action items."}</p>
        ) : (
          <ul className="space-y-3">
            {items.map((item) => (
              <li key={item.id} data-testid="action-item" className="flex flex-wrap items-end justify-between gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
                <div className="min-w-0">
                  <p className="font-medium">{item.title}</p>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {item.owner_id ? (names[item.owner_id] ?? "Someone") : "No owner"} · due {item.due_date ?? "—"} · {ACTION_PRIORITY_LABELS[item.priority]} ·{" "}
                    {ACTION_TYPE_LABELS[item.type]}
                    {item.tracker_url && (
                      <>
                        {" · "}
                        <a href={item.tracker_url} className="text-blue-700 underline dark:text-blue-300" rel="noreferrer noopener" target="_blank">
                          tracker
                        </a>
                      </>
                    )}
                  </p>
                </div>
                <div className="w-40">
                  <ItemStatus item={item} onSaved={(saved) => setItems((all) => all.map((i) => (i.id === saved.id ? saved : i)))} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Block>

      <Block id="lessons" title={STEP_LABELS.lessons}>
        <Labelled label="What went well" value={s.lessons.went_well} />
        <Labelled label="What went wrong" value={s.lessons.went_wrong} />
        <Labelled label="Where we got lucky" value={s.lessons.lucky} />
      </Block>
    </div>
  );
}
