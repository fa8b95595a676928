"use client";
// Saving part of an incident: the change goes with the version the person started from. When
// someone saved first, the database matches nothing and the person is told who and when, with
// what they typed left in place; saving again uses the newer version.
import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/actions/result";
import { editIncident, type EditConflict } from "@/lib/incidents/actions";
import type { Incident } from "@/lib/incidents/model";
import { incidentChangesSchema, type IncidentChanges } from "@/lib/incidents/schema";
import { fieldErrorsOf } from "@/lib/actions/result";
import { incidentKeys } from "./data";

export interface VersionedNotice {
  tone: "error" | "success";
  text: string;
  conflict?: EditConflict["conflict"];
}

export function useVersionedEdit(incident: Incident, startVersion: number) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(startVersion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<VersionedNotice | null>(null);
  const [saving, startSaving] = useTransition();

  function save(changes: IncidentChanges, onSaved?: (saved: Incident) => void) {
    setNotice(null);
    const checked = incidentChangesSchema.safeParse(changes);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setNotice({ tone: "error", text: "Some fields need attention." });
      return;
    }
    startSaving(async () => {
      const result = await editIncident({ incident_id: incident.id, version: base, changes }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; nothing was saved. What you typed is still here — try again.",
      }));
      if (result.ok) {
        setErrors({});
        setBase(result.data.version);
        setNotice({ tone: "success", text: "Saved." });
        queryClient.setQueryData(incidentKeys.detail(incident.number), (old: { incident: Incident } | undefined) =>
          old ? { ...old, incident: result.data } : old,
        );
        void queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incident.number) });
        onSaved?.(result.data);
        return;
      }
      const conflict = "conflict" in result ? (result as EditConflict).conflict : undefined;
      if (conflict) setBase(conflict.incident.version);
      setErrors(("fieldErrors" in result && result.fieldErrors) || {});
      setNotice({ tone: "error", text: result.message, conflict });
    });
  }

  return { save, errors, notice, saving, base, setErrors, setNotice };
}
