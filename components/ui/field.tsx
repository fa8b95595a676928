import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const inputClass =
  "block w-full min-h-10 rounded-md border bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 sm:text-sm";

/** A labelled control with its hint and its error wired up for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** What ties a control to its Field: name, invalid state, the message read with it, a red border. */
function controlProps(id: string, error?: string, hint?: boolean) {
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: `${inputClass} ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`,
  };
}

export function TextInput({
  id,
  error,
  hint,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; error?: string; hint?: boolean }) {
  return <input {...controlProps(id, error, hint)} {...props} />;
}

export const selectClass = `${inputClass} border-slate-300 dark:border-slate-600`;

/** A select wired like TextInput: its error (or hint) read out with it. */
export function SelectInput({
  id,
  error,
  hint,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; error?: string; hint?: boolean }) {
  return <select {...controlProps(id, error, hint)} {...props} />;
}

/**
 * Every IANA zone this runtime knows, as a select. A saved zone the list lacks (a runtime with an
 * older zone database) stays selectable, so opening a form never changes it silently.
 */
export function TimeZoneSelect({ zones, value, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; error?: string; hint?: boolean; zones: string[]; value: string }) {
  const options = zones.includes(value) ? zones : [value, ...zones];
  return (
    <SelectInput value={value} {...props}>
      {options.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </SelectInput>
  );
}
