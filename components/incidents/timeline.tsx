"use client";
// The incident timeline, newest first: every change the database recorded, notes in safe
// markdown, pins, and each note's history. Only a note's author sees edit and delete.
import { useState, useTransition } from "react";
import { useIncidentAction } from "./use-incident-action";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { deleteNote, editNote, pinEvent } from "@/lib/incidents/actions";
import type { TimelineEntry } from "@/lib/incidents/queries";
import { editNoteSchema } from "@/lib/incidents/schema";
import type { Person } from "@/lib/people/person";
import { describeEvent } from "./event-text";
import type { ServiceOption } from "@/lib/incidents/queries";

interface Props {
  events: TimelineEntry[];
  people: Map<string, Person>;
  services: Map<string, ServiceOption>;
  meId: string;
  timeZone: string;
  onChanged: () => void;
}

export function Timeline({ events, people, services, meId, timeZone, onChanged }: Props) {
  const [pinnedOnly, setPinnedOnly] = useState(false);
  const shown = [...events].reverse().filter((e) => !pinnedOnly || e.pinned);
  const names = {
    person: (id: unknown) => (typeof id === "string" ? (people.get(id)?.name ?? "someone") : "nobody"),
    service: (id: unknown) => (typeof id === "string" ? (services.get(id)?.name ?? "a removed service") : "?"),
    timeZone,
  };
  return (
    <section aria-labelledby="timeline-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-title" className="text-lg font-semibold">
          Timeline
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={pinnedOnly} onChange={(e) => setPinnedOnly(e.target.checked)} />
          Pinned only
        </label>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">Newest first, in your time zone; hover a time for UTC.</p>
      {shown.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{pinnedOnly ? "Nothing pinned yet." : "Nothing recorded yet."}</p>
      ) : (
        <ol className="space-y-2" aria-label="Timeline events">
          {shown.map((e) => (
            <TimelineItem
              key={e.id}
              event={e}
              actor={names.person(e.actor_id)}
              text={describeEvent(e, names)}
              mine={e.actor_id === meId}
              timeZone={timeZone}
              people={people}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineItem({
  event: e,
  actor,
  text,
  mine,
  timeZone,
  people,
  onChanged,
}: {
  event: TimelineEntry;
  actor: string;
  text: string;
  mine: boolean;
  timeZone: string;
  people: Map<string, Person>;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const { run, pending, error } = useIncidentAction(onChanged);
  const isNote = e.kind === "note" && !e.deleted_at;
  const highlight = e.pinned
    ? "border-amber-400 bg-amber-50 dark:border-amber-600 dark:bg-amber-950/40"
    : e.kind === "note" || e.kind === "stakeholder_update"
      ? "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
      : "border-transparent bg-slate-50 dark:bg-slate-900";
  return (
    <li className={`rounded-md border px-3 py-2 ${highlight}`} data-event-kind={e.kind}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="text-sm">
          <span className="font-semibold">{actor}</span> {text}
          {e.edited_at && !e.deleted_at && <span className="text-slate-600 dark:text-slate-400"> (edited)</span>}
        </p>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          <LocalTime at={new Date(e.at)} timeZone={timeZone} />
        </span>
      </div>
      {isNote && !editing && e.body && (
        <div className="mt-1 text-sm">
          <SafeMarkdown source={e.body} />
        </div>
      )}
      {e.kind === "stakeholder_update" && e.body && (
        <p className="mt-1 whitespace-pre-wrap break-words text-sm">{e.body}</p>
      )}
      {editing && e.body !== null && (
        <NoteEditor
          eventId={e.id}
          initial={e.body}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      {e.note_revisions?.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
            History ({e.note_revisions.length} earlier {e.note_revisions.length === 1 ? "version" : "versions"})
          </summary>
          <ol className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3 dark:border-slate-700">
            {e.note_revisions.map((r, i) => (
              <li key={i}>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  Replaced by {r.replaced_by ? (people.get(r.replaced_by)?.name ?? "someone") : "someone"} at{" "}
                  <LocalTime at={new Date(r.replaced_at)} timeZone={timeZone} />
                </span>
                <SafeMarkdown source={r.body} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {!e.deleted_at && !editing && (
        <div className="mt-1 flex flex-wrap gap-1">
          <Button
            type="button"
            variant="quiet"
            className="!min-h-8 !px-2 text-xs"
            aria-pressed={e.pinned}
            disabled={pending}
            onClick={() => run(() => pinEvent({ event_id: e.id, pinned: !e.pinned }))}
          >
            {e.pinned ? "Unpin" : "Pin"}
            <span className="sr-only"> this event</span>
          </Button>
          {isNote && mine && (
            <>
              <Button type="button" variant="quiet" className="!min-h-8 !px-2 text-xs" onClick={() => setEditing(true)}>
                Edit<span className="sr-only"> note</span>
              </Button>
              <Button
                type="button"
                variant="quiet"
                className="!min-h-8 !px-2 text-xs"
                disabled={pending}
                onClick={() => {
                  if (window.confirm("Delete this note? Its text stays in the note's history.")) run(() => deleteNote({ event_id: e.id }));
                }}
              >
                Delete<span className="sr-only"> note</span>
              </Button>
            </>
          )}
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}

function NoteEditor({ eventId, initial, onDone }: { eventId: number; initial: string; onDone: () => void }) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `note-edit-${eventId}`;
  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const checked = editNoteSchema.safeParse({ event_id: eventId, body });
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "Check the note");
    start(async () => {
      const r = await editNote({ event_id: eventId, body }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; the note was not saved. Your text is still here.",
      }));
      if (r.ok) onDone();
      else setError(("fieldErrors" in r && r.fieldErrors?.body) || r.message);
    });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-2 space-y-2">
      <label htmlFor={id} className="sr-only">
        Edit note
      </label>
      <textarea
        id={id}
        rows={4}
        value={body}
        onChange={(ev) => setBody(ev.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} className="!min-h-8">
          {pending ? "Saving…" : "Save note"}
        </Button>
        <Button type="button" variant="quiet" className="!min-h-8" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
