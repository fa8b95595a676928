"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/result";
import { addActionItem } from "@/lib/reviews/actions";
import { defaultDueDate, type ActionItem } from "@/lib/reviews/model";
import { addActionItemSchema } from "@/lib/reviews/schema";
import type { Person } from "@/lib/people/person";
import { ItemFields, type ItemDraft } from "./item-fields";

const blank = (due: string | null): ItemDraft => ({ title: "", owner_id: "", due_date: due ?? "", priority: "medium", type: "prevent", tracker_url: "" });

/** A new action item; P0/P1 reviews start its due date four weeks out (defaultDueDate). */
export function AddActionItem({
  reviewId,
  severity,
  today,
  people,
  onAdded,
}: {
  reviewId: string;
  severity: string;
  today: string;
  people: Person[];
  onAdded: (item: ActionItem) => void;
}) {
  const [draft, setDraft] = useState(() => blank(defaultDueDate(severity, today)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = { review_id: reviewId, ...draft, status: "open" as const };
    const checked = addActionItemSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setMessage("Some fields need attention.");
      return;
    }
    start(async () => {
      const r = await addActionItem(input).catch(() => ({ ok: false as const, message: "Beacon could not be reached; the item was not added. What you typed is still here." }));
      if (r.ok) {
        onAdded(r.data);
        setDraft(blank(defaultDueDate(severity, today)));
        setErrors({});
        setMessage(null);
      } else {
        setErrors(("fieldErrors" in r && r.fieldErrors) || {});
        setMessage(r.message);
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-item-title" className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-700">
      <h3 id="add-item-title" className="font-semibold">
        Add an action item
      </h3>
      {message && <Notice tone="error">{message}</Notice>}
      <ItemFields prefix="new-item" value={draft} onChange={setDraft} errors={errors} people={people} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add action item"}
      </Button>
    </form>
  );
}
