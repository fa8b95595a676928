"use client";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateSeverity } from "@/lib/incidents/actions";
import type { Severity } from "@/lib/incidents/model";
import { severitySchema } from "@/lib/incidents/schema";
import { SeverityBadge } from "./severity-picker";

/** One severity's meaning and targets, edited by an admin. */
export function SeverityForm({ severity }: { severity: Severity }) {
  const { values, set, errors, notice, saving, submit, form } = useActionForm({
    schema: severitySchema,
    initial: {
      id: severity.id,
      name: severity.name,
      description: severity.description,
      ack_minutes: String(severity.ack_minutes),
      update_minutes: String(severity.update_minutes),
    },
    action: updateSeverity,
    onSaved: () => ({ text: `${severity.id} saved.` }),
    unreachable: "Could not reach Beacon. Your changes are still here — try again.",
  });
  const id = (f: string) => `${severity.id}-${f}`;
  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-lg font-semibold">
        <SeverityBadge severity={severity.id} name={severity.name} />
      </h2>
      <Field id={id("name")} label="Name" error={errors.name}>
        <TextInput id={id("name")} value={values.name} onChange={set("name")} error={errors.name} />
      </Field>
      <Field id={id("description")} label="When to use it" error={errors.description}>
        <TextInput id={id("description")} value={values.description} onChange={set("description")} error={errors.description} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("ack")} label="Acknowledge within (minutes)" error={errors.ack_minutes}>
          <TextInput id={id("ack")} inputMode="numeric" value={String(values.ack_minutes)} onChange={set("ack_minutes")} error={errors.ack_minutes} />
        </Field>
        <Field id={id("update")} label="Update every (minutes)" error={errors.update_minutes}>
          <TextInput id={id("update")} inputMode="numeric" value={String(values.update_minutes)} onChange={set("update_minutes")} error={errors.update_minutes} />
        </Field>
      </div>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : `Save ${severity.id}`}
      </Button>
    </form>
  );
}
