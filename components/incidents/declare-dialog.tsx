"use client";
// Declare an incident from any page: the header button or Alt+Shift+D. Title, severity, Enter —
// the rest is optional, so someone who knows what is happening declares in a few seconds.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { declareIncident } from "@/lib/incidents/actions";
import { declareSchema, type DeclareInput } from "@/lib/incidents/schema";
import { incidentRef } from "@/lib/incidents/ref";
import { useIncidentOptions } from "./data";
import { SeverityPicker } from "./severity-picker";
import { ServicePicker } from "./service-picker";

export const DECLARE_SHORTCUT = "Alt+Shift+D";
const EMPTY: DeclareInput = { title: "", severity: "", service_ids: [], summary: "", drill: false, commander_id: "" };

export function DeclareIncident({ meId }: { meId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  // Fetched with the page, not when the dialog opens: declaring must not wait on a spinner.
  useIncidentOptions();
  const open = () => {
    setOpened(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // e.code, not e.key: on a Mac, Option+Shift+D types "Î".
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === "KeyD") {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <Button
        type="button"
        onClick={open}
        aria-keyshortcuts={DECLARE_SHORTCUT}
        title={`Declare an incident (${DECLARE_SHORTCUT})`}
        className="!bg-red-700 !px-3 hover:!bg-red-800 dark:!bg-red-500 dark:hover:!bg-red-400"
      >
        <span aria-hidden className="text-lg leading-none">+</span>
        <span>
          Declare<span className="max-sm:sr-only"> incident</span>
        </span>
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="declare-title"
        onClose={() => setOpened(false)}
        className="m-auto w-[min(44rem,calc(100vw-1rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        {opened && <DeclareForm meId={meId} onCancel={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

function DeclareForm({ meId, onCancel }: { meId: string; onCancel: () => void }) {
  const router = useRouter();
  const { data: options, isError } = useIncidentOptions();
  const { values, set, setValues, errors, notice, saving, submit, form } = useActionForm({
    schema: declareSchema,
    initial: EMPTY,
    action: declareIncident,
    onSaved: (_v, data: { number: number }) => {
      router.push(`/incidents/${incidentRef(data.number)}`);
      onCancel();
      return { text: `Declared ${incidentRef(data.number)}. Opening it…`, reset: true };
    },
    unreachable: "Beacon could not be reached; nothing was declared. What you typed is still here — try again.",
  });
  const patch = (p: Partial<DeclareInput>) => setValues((v) => ({ ...v, ...p }));

  return (
    <form ref={form} onSubmit={submit} noValidate className="max-h-[90vh] space-y-4 overflow-y-auto p-5">
      <div className="flex items-start justify-between gap-4">
        <h2 id="declare-title" className="text-xl font-semibold">
          Declare an incident
        </h2>
        <Button type="button" variant="quiet" onClick={onCancel} className="!px-2">
          Cancel
        </Button>
      </div>
      <Field id="declare-title-input" label="What is happening?" error={errors.title} hint="A short title people will recognise, e.g. “Checkout API returning 502s”.">
        <TextInput
          id="declare-title-input"
          autoFocus
          autoComplete="off"
          value={values.title}
          onChange={set("title")}
          error={errors.title}
          hint
          maxLength={1000}
        />
      </Field>
      {options ? (
        <>
          <SeverityPicker
            name="declare-severity"
            severities={options.severities}
            value={values.severity ?? ""}
            onChange={(severity) => patch({ severity })}
            error={errors.severity}
          />
          <ServicePicker
            name="declare-services"
            services={options.services}
            value={values.service_ids ?? []}
            onChange={(service_ids) => patch({ service_ids })}
            error={errors.service_ids}
          />
          <Field id="declare-commander" label="Incident commander" error={errors.commander_id}>
            <select
              id="declare-commander"
              className={selectClass}
              value={values.commander_id ?? ""}
              onChange={(e) => patch({ commander_id: e.target.value })}
            >
              <option value="">Me</option>
              {options.people
                .filter((p) => p.id !== meId)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </Field>
        </>
      ) : (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {isError ? "Could not load severities and services. Check the connection; the form will retry." : "Loading severities and services…"}
        </p>
      )}
      <Field id="declare-summary" label="Summary (optional, markdown)" error={errors.summary}>
        <textarea
          id="declare-summary"
          rows={3}
          value={values.summary}
          onChange={(e) => patch({ summary: e.target.value })}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? "declare-summary-error" : undefined}
          className={`${selectClass} py-2`}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.drill ?? false} onChange={(e) => patch({ drill: e.target.checked })} />
        This is a drill or tabletop exercise
      </label>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <div className="flex justify-end gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? "Declaring…" : "Declare incident"}
        </Button>
      </div>
    </form>
  );
}
