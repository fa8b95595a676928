"use client";
// A handoff note from the outgoing on-call person to the next: what is still going on, what to
// watch. A new note each time (the page shows the newest); a refused save keeps the text.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { leaveHandoffNote } from "@/lib/oncall/handoff-actions";
import { handoffNoteSchema } from "@/lib/oncall/handoff-schema";

export function HandoffNoteForm({ rotationId }: { rotationId: string }) {
  const { values, setValues, errors, notice, saving, submit, form } = useActionForm({
    schema: handoffNoteSchema,
    initial: { rotationId, body: "" },
    action: leaveHandoffNote,
    onSaved: () => ({ text: "Handoff note saved. The next person sees it here.", reset: true }),
    unreachable: "Could not reach Beacon. Check your connection; your note is still here.",
  });
  const error = errors.body;
  return (
    <form ref={form} onSubmit={submit} noValidate className="mt-4 max-w-3xl space-y-3">
      <Field id="handoff-note" label="Leave a handoff note for the next person" hint="What is still going on, what to watch, what you left half done." error={error}>
        <textarea
          id="handoff-note"
          name="body"
          rows={4}
          value={values.body}
          onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "handoff-note-error" : "handoff-note-hint"}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 sm:text-sm ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        />
      </Field>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save handoff note"}
      </Button>
    </form>
  );
}
