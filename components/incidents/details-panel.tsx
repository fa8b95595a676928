"use client";
import { useState } from "react";
import { EditablePanel, FormActions } from "./editable-panel";
import { Field, TextInput, selectClass } from "@/components/ui/field";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import type { Incident, Severity } from "@/lib/incidents/model";
import type { ServiceOption } from "@/lib/incidents/queries";
import type { IncidentChanges } from "@/lib/incidents/schema";
import { SaveNotice } from "./conflict-notice";
import { SeverityPicker } from "./severity-picker";
import { ServicePicker } from "./service-picker";
import { useVersionedEdit } from "./use-versioned-edit";

type Details = Required<Pick<IncidentChanges, "title" | "severity" | "service_ids" | "summary" | "drill">>;
const detailsOf = (i: Incident): Details => ({
  title: i.title,
  severity: i.severity,
  service_ids: [...i.service_ids].sort(),
  summary: i.summary,
  drill: i.drill,
});

export function DetailsPanel({
  incident,
  severities,
  services,
}: {
  incident: Incident;
  severities: Severity[];
  services: ServiceOption[];
}) {
  const names = incident.service_ids.map((id) => services.find((s) => s.id === id)?.name ?? "Unknown service");
  return (
    <EditablePanel
      id="details"
      title="Summary"
      editLabel="Edit details"
      form={(done) => <DetailsForm incident={incident} severities={severities} services={services} onDone={done} />}
      view={
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <span className="font-medium">Services:</span> {names.length ? names.join(", ") : "none named yet"}
          </p>
          {incident.summary ? (
            <SafeMarkdown source={incident.summary} />
          ) : (
            <p className="text-slate-600 dark:text-slate-400">No summary yet.</p>
          )}
        </>
      }
    />
  );
}

function DetailsForm({
  incident,
  severities,
  services,
  onDone,
}: {
  incident: Incident;
  severities: Severity[];
  services: ServiceOption[];
  onDone: () => void;
}) {
  const [values, setValues] = useState<Details>(() => detailsOf(incident));
  const edit = useVersionedEdit(incident, incident.version);
  const patch = (p: Partial<Details>) => setValues((v) => ({ ...v, ...p }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // Only what this person changed goes out, so it cannot undo someone else's other fields.
    const start = detailsOf(incident);
    const changes: IncidentChanges = {};
    for (const k of Object.keys(values) as (keyof Details)[]) {
      const now = k === "service_ids" ? [...values.service_ids].sort() : values[k];
      if (JSON.stringify(now) !== JSON.stringify(start[k])) Object.assign(changes, { [k]: now });
    }
    if (!Object.keys(changes).length) return onDone();
    edit.save(changes, onDone);
  };
  const theirs = edit.notice?.conflict
    ? [
        `Title: ${edit.notice.conflict.incident.title}`,
        `Severity: ${edit.notice.conflict.incident.severity}`,
        edit.notice.conflict.incident.summary ? `Summary: ${edit.notice.conflict.incident.summary.slice(0, 200)}` : null,
      ]
    : undefined;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="edit-title" label="Title" error={edit.errors.title}>
        <TextInput id="edit-title" value={values.title} onChange={(e) => patch({ title: e.target.value })} error={edit.errors.title} />
      </Field>
      <SeverityPicker
        name="edit-severity"
        severities={severities}
        value={values.severity}
        onChange={(severity) => patch({ severity })}
        error={edit.errors.severity}
      />
      <ServicePicker
        name="edit-services"
        services={services}
        value={values.service_ids}
        onChange={(service_ids) => patch({ service_ids })}
        error={edit.errors.service_ids}
      />
      <Field id="edit-summary" label="Summary (markdown)" error={edit.errors.summary}>
        <textarea
          id="edit-summary"
          rows={6}
          value={values.summary}
          onChange={(e) => patch({ summary: e.target.value })}
          aria-invalid={edit.errors.summary ? true : undefined}
          aria-describedby={edit.errors.summary ? "edit-summary-error" : undefined}
          className={`${selectClass} py-2`}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.drill} onChange={(e) => patch({ drill: e.target.checked })} />
        This is a drill or tabletop exercise
      </label>
      <SaveNotice notice={edit.notice} theirs={theirs} />
      <FormActions saving={edit.saving} saveLabel="Save details" onCancel={onDone} />
    </form>
  );
}
