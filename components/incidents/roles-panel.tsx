"use client";
import { useState } from "react";
import { EditablePanel, FormActions } from "./editable-panel";
import { selectClass } from "@/components/ui/field";
import { INCIDENT_ROLES, ROLE_LABELS, type Incident, type IncidentRole } from "@/lib/incidents/model";
import type { Person } from "@/lib/people/person";
import { ContactLinks } from "@/components/people/contact-links";
import { SaveNotice } from "./conflict-notice";
import { useVersionedEdit } from "./use-versioned-edit";

export function RolesPanel({ incident, people }: { incident: Incident; people: Map<string, Person> }) {
  return (
    <EditablePanel
      id="roles"
      title="Roles"
      editLabel="Assign or hand over"
      form={(done) => <RolesForm incident={incident} people={people} onDone={done} />}
      view={
        <dl className="space-y-2">
          {INCIDENT_ROLES.map((role) => {
            const p = incident[role] ? people.get(incident[role]) : undefined;
            return (
              <div key={role}>
                <dt className="text-sm text-slate-600 dark:text-slate-400">{ROLE_LABELS[role]}</dt>
                <dd className="font-medium">
                  {p ? (
                    <>
                      {p.name}
                      <div>
                        <ContactLinks person={p} />
                      </div>
                    </>
                  ) : (
                    <span className="text-slate-600 dark:text-slate-400">Nobody yet</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      }
    />
  );
}

function RolesForm({ incident, people, onDone }: { incident: Incident; people: Map<string, Person>; onDone: () => void }) {
  const [values, setValues] = useState<Record<IncidentRole, string>>({
    commander_id: incident.commander_id ?? "",
    comms_lead_id: incident.comms_lead_id ?? "",
    scribe_id: incident.scribe_id ?? "",
  });
  const edit = useVersionedEdit(incident, incident.version);
  const sorted = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const changes: Partial<Record<IncidentRole, string | null>> = {};
    for (const r of INCIDENT_ROLES) if ((incident[r] ?? "") !== values[r]) changes[r] = values[r] || null;
    if (!Object.keys(changes).length) return onDone();
    edit.save(changes, onDone);
  };
  const theirs = edit.notice?.conflict
    ? INCIDENT_ROLES.map((r) => {
        const id = edit.notice!.conflict!.incident[r];
        return `${ROLE_LABELS[r]}: ${id ? (people.get(id)?.name ?? "someone") : "nobody"}`;
      })
    : undefined;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {INCIDENT_ROLES.map((r) => (
        <div key={r} className="space-y-1">
          <label htmlFor={`role-${r}`} className="block text-sm font-medium">
            {ROLE_LABELS[r]}
          </label>
          <select
            id={`role-${r}`}
            className={selectClass}
            value={values[r]}
            onChange={(e) => setValues((v) => ({ ...v, [r]: e.target.value }))}
            aria-invalid={edit.errors[r] ? true : undefined}
            aria-describedby={edit.errors[r] ? `role-${r}-error` : undefined}
          >
            <option value="">Nobody</option>
            {sorted.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {edit.errors[r] && (
            <p id={`role-${r}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
              {edit.errors[r]}
            </p>
          )}
        </div>
      ))}
      <SaveNotice notice={edit.notice} theirs={theirs} />
      <FormActions saving={edit.saving} saveLabel="Save roles" onCancel={onDone} />
    </form>
  );
}
