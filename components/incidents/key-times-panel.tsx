"use client";
import { useState } from "react";
import { EditablePanel, FormActions } from "./editable-panel";
import { TextInput } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { checkKeyTimes } from "@/lib/incidents/key-times";
import { KEY_TIMES, KEY_TIME_LABELS, type Incident, type KeyTime } from "@/lib/incidents/model";
import type { IncidentChanges } from "@/lib/incidents/schema";
import { fromLocalInput, toLocalInput } from "@/lib/time/local-input";
import { SaveNotice } from "./conflict-notice";
import { useVersionedEdit } from "./use-versioned-edit";

const REQUIRED: ReadonlySet<KeyTime> = new Set(["started_at", "detected_at", "declared_at"]);

export function KeyTimesPanel({ incident, timeZone }: { incident: Incident; timeZone: string }) {
  const zoneHint = <p className="text-xs text-slate-600 dark:text-slate-400">In your time zone ({timeZone}); hover a time for UTC.</p>;
  return (
    <EditablePanel
      id="times"
      title="Key times"
      editLabel="Correct times"
      form={(done) => (
        <>
          {zoneHint}
          <KeyTimesForm incident={incident} timeZone={timeZone} onDone={done} />
        </>
      )}
      view={
        <>
          {zoneHint}
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {KEY_TIMES.map((k) => (
            <div key={k} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{KEY_TIME_LABELS[k]}</dt>
              <dd>{incident[k] ? <LocalTime at={new Date(incident[k])} timeZone={timeZone} /> : "—"}</dd>
            </div>
          ))}
          </dl>
        </>
      }
    />
  );
}

function KeyTimesForm({ incident, timeZone, onDone }: { incident: Incident; timeZone: string; onDone: () => void }) {
  const [values, setValues] = useState<Record<KeyTime, string>>(
    () => Object.fromEntries(KEY_TIMES.map((k) => [k, incident[k] ? toLocalInput(incident[k], timeZone) : ""])) as Record<KeyTime, string>,
  );
  const edit = useVersionedEdit(incident, incident.version);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const changes: Record<string, string | null> = {};
    const merged: Record<string, string | null> = {};
    const errors: Record<string, string> = {};
    for (const k of KEY_TIMES) {
      const raw = values[k];
      const iso = raw ? fromLocalInput(raw, timeZone) : null;
      if (raw && !iso) errors[k] = `${KEY_TIME_LABELS[k]}: enter a date and time`;
      if (!raw && REQUIRED.has(k)) errors[k] = `${KEY_TIME_LABELS[k]} is needed`;
      merged[k] = iso;
      const before = incident[k] ? toLocalInput(incident[k], timeZone) : "";
      if (raw !== before) changes[k] = iso;
    }
    Object.assign(errors, Object.keys(errors).length ? {} : checkKeyTimes(merged, new Date(), timeZone));
    if (Object.keys(errors).length) {
      edit.setErrors(errors);
      edit.setNotice({ tone: "error", text: "Some times need attention." });
      return;
    }
    if (!Object.keys(changes).length) return onDone();
    edit.save(changes as IncidentChanges, onDone);
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {KEY_TIMES.map((k) => (
        <div key={k} className="space-y-1">
          <label htmlFor={`time-${k}`} className="block text-sm font-medium">
            {KEY_TIME_LABELS[k]}
          </label>
          <TextInput
            id={`time-${k}`}
            type="datetime-local"
            value={values[k]}
            onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
            error={edit.errors[k]}
          />
          {edit.errors[k] && (
            <p id={`time-${k}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
              {edit.errors[k]}
            </p>
          )}
        </div>
      ))}
      <SaveNotice notice={edit.notice} />
      <FormActions saving={edit.saving} saveLabel="Save times" onCancel={onDone} />
    </form>
  );
}
