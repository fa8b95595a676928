"use client";
// The readiness checklist, edited by leads and admins: rename an item, move it up or down, remove
// it (after a confirm: everyone's status on it goes too), or add one at the end.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { moveChecklistItem, removeChecklistItem, saveChecklistItem } from "@/lib/oncall/readiness-actions";
import { checklistItemSchema } from "@/lib/oncall/readiness-schema";
import type { ActionResult } from "@/lib/actions/result";

interface Item {
  id: string;
  title: string;
  description: string;
}

function ItemFields({ item, onDone }: { item: Item | null; onDone?: string }) {
  const prefix = item ? `item-${item.id}` : "new-item";
  const { values, set, errors, notice, saving, submit, form } = useActionForm({
    schema: checklistItemSchema,
    initial: { itemId: item?.id ?? null, title: item?.title ?? "", description: item?.description ?? "" },
    action: saveChecklistItem,
    onSaved: (v) => (item ? { text: "Item saved." } : { text: `Added “${v.title}”.`, reset: true }),
    unreachable: "Could not reach Beacon. Check your connection; what you typed is still here.",
  });
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={item ? `Edit ${item.title}` : "New checklist item"} className="space-y-2">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] sm:items-end">
        <Field id={`${prefix}-title`} label="Item" error={errors.title}>
          <TextInput id={`${prefix}-title`} value={values.title} onChange={set("title")} error={errors.title} />
        </Field>
        <Field id={`${prefix}-description`} label="What it means to be ready (optional)" error={errors.description}>
          <TextInput id={`${prefix}-description`} value={values.description} onChange={set("description")} error={errors.description} />
        </Field>
        <Button type="submit" variant={item ? "secondary" : "primary"} disabled={saving}>
          {saving ? "Saving…" : (onDone ?? "Save")}
          {item && <span className="sr-only"> {item.title}</span>}
        </Button>
      </div>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
    </form>
  );
}

function ItemRow({ item, first, last }: { item: Item; first: boolean; last: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const run = (call: () => Promise<ActionResult>) =>
    start(async () => {
      setError(null);
      const r = await call().catch(() => ({ ok: false as const, message: "Could not reach Beacon. Nothing was changed." }));
      if (!r.ok) {
        setError(r.message);
        setConfirming(false);
      }
    });
  return (
    <li className="space-y-2 px-4 py-3">
      <ItemFields item={item} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="quiet" disabled={first || busy} onClick={() => run(() => moveChecklistItem({ itemId: item.id, direction: "up" }))}>
          Move up<span className="sr-only"> {item.title}</span>
        </Button>
        <Button type="button" variant="quiet" disabled={last || busy} onClick={() => run(() => moveChecklistItem({ itemId: item.id, direction: "down" }))}>
          Move down<span className="sr-only"> {item.title}</span>
        </Button>
        {confirming ? (
          <span role="group" aria-label={`Confirm removing ${item.title}`} className="flex flex-wrap items-center gap-2">
            <span className="text-sm">Remove “{item.title}” and everyone&rsquo;s status on it?</span>
            <Button type="button" disabled={busy} onClick={() => run(() => removeChecklistItem({ itemId: item.id }))}>
              {busy ? "Removing…" : "Yes, remove"}
            </Button>
            <Button type="button" variant="quiet" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </span>
        ) : (
          <Button type="button" variant="quiet" onClick={() => setConfirming(true)}>
            Remove<span className="sr-only"> {item.title}</span>
          </Button>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}

export function ChecklistEditor({ items }: { items: Item[] }) {
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {items.map((item, i) => (
          <ItemRow key={item.id} item={item} first={i === 0} last={i === items.length - 1} />
        ))}
      </ol>
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="mb-2 font-medium">Add an item</h3>
        <ItemFields item={null} onDone="Add item" />
      </div>
    </div>
  );
}
