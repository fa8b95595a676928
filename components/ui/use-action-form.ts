"use client";
// The client half of every Beacon form: values kept in state (a failed save never loses what
// was typed), the shared zod schema checked before the round trip, the server action's field
// errors shown in place, and focus moved to the first field at fault.
import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import { fieldErrorsOf, type ActionResult, type FieldErrors } from "@/lib/actions/result";

export interface FormNotice {
  tone: "error" | "success";
  text: string;
}

export function useActionForm<S extends z.ZodType, T>(opts: {
  schema: S;
  initial: z.input<S>;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  /** What to say when the save worked; `reset` empties the form for the next entry. */
  onSaved: (values: z.input<S>, data: T) => { text: string; reset?: boolean };
  /** Said when the action cannot be reached at all. */
  unreachable: string;
}) {
  const [values, setValues] = useState<z.input<S>>(opts.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<FormNotice | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  // After a submit with mistakes, focus the first field at fault (it reads its own message).
  useEffect(() => {
    if (Object.keys(errors).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = (key: keyof z.input<S> & string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...(v as object), [key]: e.target.value }) as z.input<S>);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(null);
    const checked = opts.schema.safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setNotice({ tone: "error", text: "Some fields need attention." });
      return;
    }
    startSaving(async () => {
      const result = await opts.action(values).catch(() => ({ ok: false as const, message: opts.unreachable }));
      if (result.ok) {
        const { text, reset } = opts.onSaved(values, result.data);
        setErrors({});
        setNotice({ tone: "success", text });
        if (reset) setValues(opts.initial);
      } else {
        setErrors(("fieldErrors" in result && result.fieldErrors) || {});
        setNotice({ tone: "error", text: result.message });
      }
    });
  }

  return { values, set, setValues, setErrors, setNotice, errors, notice, saving, submit, form };
}
