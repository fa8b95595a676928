"use client";
// An action item's status: one change, saved at once (also on a published review).
import { useState, useTransition } from "react";
import { selectClass } from "@/components/ui/field";
import { setActionItemStatus } from "@/lib/reviews/actions";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionItem, type ActionStatus } from "@/lib/reviews/model";

export function ItemStatus({ item, onSaved }: { item: ActionItem; onSaved: (item: ActionItem) => void }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const id = `item-${item.id}-status`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Status <span className="sr-only">of “{item.title}”</span>
      </label>
      <select
        id={id}
        className={selectClass}
        value={item.status}
        disabled={pending}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const status = e.target.value as ActionStatus;
          start(async () => {
            const r = await setActionItemStatus({ id: item.id, status }).catch(() => ({
              ok: false as const,
              message: "Beacon could not be reached; the status did not change. Try again.",
            }));
            if (r.ok) {
              setError(null);
              onSaved(r.data);
            } else setError(r.message);
          });
        }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
