"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { addNote } from "@/lib/incidents/actions";
import { addNoteSchema } from "@/lib/incidents/schema";

/** Add a note to the timeline. Ctrl/⌘+Enter posts; a failed post keeps every word. */
export function NoteComposer({ incidentId, onAdded }: { incidentId: string; onAdded: () => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const checked = addNoteSchema.safeParse({ incident_id: incidentId, body });
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "Check the note");
    setError(null);
    start(async () => {
      const r = await addNote({ incident_id: incidentId, body }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; the note was not posted. Your text is still here — try again.",
      }));
      if (r.ok) {
        setBody("");
        onAdded();
      } else setError(("fieldErrors" in r && r.fieldErrors?.body) || r.message);
    });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor="note-body" className="block text-sm font-medium">
        Add a note
      </label>
      <textarea
        id="note-body"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
        }}
        placeholder="What did you see or do? Markdown works."
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "note-body-error" : "note-body-hint"}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base placeholder:text-slate-500 sm:text-sm dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      {error ? (
        <p id="note-body-error" className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : (
        <p id="note-body-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Ctrl+Enter (⌘+Enter on a Mac) posts the note.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Posting…" : "Post note"}
      </Button>
    </form>
  );
}
