"use client";
// The signed-in person's own status on one checklist item: missing, requested or ready, with a
// note (e.g. "asked Liam on Monday"). Saved on its own, so one item's mistake holds up no other.
import { Button } from "@/components/ui/button";
import { Field, TextInput, SelectInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { setMyReadiness } from "@/lib/oncall/readiness-actions";
import { READINESS_LABELS, READINESS_STATUSES, readinessSchema, type ReadinessStatus } from "@/lib/oncall/readiness-schema";

export function ReadinessItemForm({
  item,
  status,
  note,
}: {
  item: { id: string; title: string; description: string };
  status: ReadinessStatus;
  note: string;
}) {
  const { values, set, errors, notice, saving, submit, form } = useActionForm({
    schema: readinessSchema,
    initial: { itemId: item.id, status, note },
    action: setMyReadiness,
    onSaved: (v) => ({ text: `${item.title}: ${READINESS_LABELS[v.status as ReadinessStatus].toLowerCase()}.` }),
    unreachable: "Could not reach Beacon. Check your connection; your note is still here.",
  });
  const id = (f: string) => `readiness-${item.id}-${f}`;
  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={id("title")} className="space-y-3 px-4 py-3">
      <div>
        <h3 id={id("title")} className="font-medium">
          {item.title}
        </h3>
        {item.description && <p className="text-sm text-slate-600 dark:text-slate-300">{item.description}</p>}
      </div>
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end">
        <Field id={id("status")} label="My status" error={errors.status}>
          <SelectInput
            id={id("status")}
            value={values.status}
            onChange={set("status")}
            error={errors.status}
          >
            {READINESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {READINESS_LABELS[s]}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id={id("note")} label="Note (optional)" error={errors.note}>
          <TextInput id={id("note")} value={values.note} onChange={set("note")} error={errors.note} placeholder="e.g. asked Liam for access on Monday" />
        </Field>
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save"}
          <span className="sr-only"> {item.title}</span>
        </Button>
      </div>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
    </form>
  );
}
