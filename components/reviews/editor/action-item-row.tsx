"use client";
// One action item: its fields saved together with the version they were edited on (someone
// else's save first is shown, and what was typed stays), its status saved on its own at once.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/result";
import { editActionItem, removeActionItem } from "@/lib/reviews/actions";
import type { ActionItem } from "@/lib/reviews/model";
import { actionItemFieldsSchema } from "@/lib/reviews/schema";
import type { Person } from "@/lib/people/person";
import { ItemFields, type ItemDraft } from "./item-fields";
import { ItemStatus } from "./item-status";

const draftOf = (i: ActionItem): ItemDraft => ({
  title: i.title,
  owner_id: i.owner_id ?? "",
  due_date: i.due_date ?? "",
  priority: i.priority,
  type: i.type,
  tracker_url: i.tracker_url ?? "",
});

export function ActionItemRow({
  item,
  people,
  onChanged,
  onRemoved,
}: {
  item: ActionItem;
  people: Person[];
  onChanged: (item: ActionItem) => void;
  onRemoved: (id: string) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(item));
  const [base, setBase] = useState(item.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  // A status change elsewhere on the row bumps the item's version too.
  const version = Math.max(base, item.version);
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(item));
  const unreachable = { ok: false as const, message: "Beacon could not be reached; nothing changed. What you typed is still here." };

  function save(e: React.FormEvent) {
    e.preventDefault();
    const checked = actionItemFieldsSchema.safeParse({ ...draft, status: item.status });
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setMessage({ tone: "error", text: "Some fields need attention." });
      return;
    }
    start(async () => {
      const r = await editActionItem({ id: item.id, version, changes: draft }).catch(() => unreachable);
      if (r.ok) {
        setBase(r.data.version);
        setErrors({});
        setMessage({ tone: "success", text: "Saved." });
        onChanged(r.data);
        return;
      }
      setErrors(("fieldErrors" in r && r.fieldErrors) || {});
      if ("conflict" in r && r.conflict?.theirs) {
        const theirs = r.conflict.theirs;
        setBase(theirs.version);
        setMessage({ tone: "error", text: `${r.message} Theirs: “${theirs.title}”. Save again to keep yours.` });
      } else setMessage({ tone: "error", text: r.message });
    });
  }

  function remove() {
    if (!window.confirm(`Remove “${item.title}”?`)) return;
    start(async () => {
      const r = await removeActionItem({ id: item.id, version }).catch(() => unreachable);
      if (r.ok) onRemoved(item.id);
      else setMessage({ tone: "error", text: r.message });
    });
  }

  return (
    <li data-testid="action-item" className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-700">
      <form onSubmit={save} noValidate aria-label={`Action item: ${item.title}`} className="space-y-3">
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        <ItemFields prefix={`item-${item.id}`} value={draft} onChange={setDraft} errors={errors} people={people} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-40">
            <ItemStatus item={item} onSaved={onChanged} />
          </div>
          <Button type="submit" variant="secondary" disabled={pending || !changed}>
            Save changes
          </Button>
          <Button type="button" variant="quiet" disabled={pending} onClick={remove}>
            Remove
          </Button>
        </div>
      </form>
    </li>
  );
}
