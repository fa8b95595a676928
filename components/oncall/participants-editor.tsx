"use client";
// The ordered list of who takes shifts: add, remove, move up and down. Buttons rather than drag and
// drop, so it works by keyboard and on a phone; each says whom it moves.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";

export function ParticipantsEditor({
  value,
  onChange,
  people,
  error,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  people: { id: string; name: string }[];
  error?: string;
}) {
  const [pick, setPick] = useState("");
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "Unknown person";
  const move = (i: number, by: number) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };

  return (
    <fieldset className="space-y-2" aria-describedby={error ? "participants-error" : "participants-hint"}>
      <legend className="text-sm font-medium">Participants, in the order they take shifts</legend>
      <p id="participants-hint" className="text-sm text-slate-600 dark:text-slate-300">
        Someone may appear more than once. The preview shows who is on call after your change.
      </p>
      {value.length > 0 && (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {value.map((id, i) => (
            <li key={`${i}-${id}`} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
              <span className="w-6 text-slate-600 dark:text-slate-300">{i + 1}.</span>
              <span className="min-w-0 flex-1 font-medium">{nameOf(id)}</span>
              <Button type="button" variant="quiet" className="min-h-9 px-2" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${nameOf(id)} up`}>
                ↑ Up
              </Button>
              <Button type="button" variant="quiet" className="min-h-9 px-2" disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${nameOf(id)} down`}>
                ↓ Down
              </Button>
              <Button type="button" variant="quiet" className="min-h-9 px-2" onClick={() => onChange(value.filter((_, k) => k !== i))} aria-label={`Remove ${nameOf(id)} (position ${i + 1})`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor="add-participant" className="block text-sm font-medium">
            Add a participant
          </label>
          <select
            id="add-participant"
            className={selectClass}
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "participants-error" : undefined}
          >
            <option value="">Choose a person…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={!pick}
          onClick={() => {
            onChange([...value, pick]);
            setPick("");
          }}
        >
          Add to the end
        </Button>
      </div>
      {error && (
        <p id="participants-error" className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
