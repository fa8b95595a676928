"use client";
import type { ServiceOption } from "@/lib/incidents/queries";

/** Several services, as checkboxes: there are few, and a glance beats a search box at 3 a.m. */
export function ServicePicker({
  name,
  services,
  value,
  onChange,
  error,
}: {
  name: string;
  services: ServiceOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 block text-sm font-medium">Affected services</legend>
      <div className="flex flex-wrap gap-2">
        {services.map((s) => (
          <label
            key={s.id}
            className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600 dark:border-slate-600 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input
              type="checkbox"
              name={name}
              value={s.id}
              checked={value.includes(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            {s.name}
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
