"use client";
import type { Severity } from "@/lib/incidents/model";
import { severityTargets } from "@/lib/incidents/severity-text";

const TONE: Record<string, string> = {
  P0: "bg-red-700 text-white dark:bg-red-500 dark:text-slate-950",
  P1: "bg-orange-700 text-white dark:bg-orange-400 dark:text-slate-950",
  P2: "bg-amber-300 text-slate-950 dark:bg-amber-300",
  P3: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100",
};

/** "P1 High" as a badge, coloured by how bad it is (the words carry the meaning too). */
export function SeverityBadge({ severity, name }: { severity: string; name?: string }) {
  return (
    <span className={`inline-flex items-center rounded px-2 py-0.5 text-sm font-semibold ${TONE[severity] ?? TONE.P3}`}>
      {severity}
      {name ? ` ${name}` : ""}
    </span>
  );
}

/** Radio cards: each severity with what it means and what it expects, so nobody guesses. */
export function SeverityPicker({
  name,
  severities,
  value,
  onChange,
  error,
}: {
  name: string;
  severities: Severity[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 block text-sm font-medium">Severity</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {severities.map((s) => (
          <label
            key={s.id}
            className={`flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950 ${
              error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"
            }`}
          >
            <input
              type="radio"
              name={name}
              value={s.id}
              checked={value === s.id}
              onChange={() => onChange(s.id)}
              className="mt-1"
            />
            <span>
              <SeverityBadge severity={s.id} name={s.name} />
              <span className="mt-1 block text-slate-700 dark:text-slate-300">{s.description}</span>
              <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-400">{severityTargets(s)}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
