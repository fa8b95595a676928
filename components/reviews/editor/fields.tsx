"use client";
// Small labelled controls the review steps share: every one labelled, its hint and its message
// wired to it for screen readers.
import type { ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";

export const textareaClass =
  "block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 sm:text-sm";

export function LongText({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`${textareaClass} ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        {...rest}
      />
    </Field>
  );
}

/** The heading and blameless guidance at the top of each step. */
export function StepIntro({ id, title, guidance }: { id: string; title: string; guidance: string }) {
  return (
    <div className="space-y-1">
      <h2 id={id} tabIndex={-1} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="max-w-prose text-slate-700 dark:text-slate-300">{guidance}</p>
    </div>
  );
}
