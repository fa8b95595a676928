"use client";
// The incident page's editable sections share one shape: a heading with an edit button, the
// values, or in their place a form whose buttons save or go back.
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export function EditablePanel({
  id,
  title,
  editLabel,
  view,
  form,
}: {
  id: string;
  title: string;
  editLabel: string;
  view: ReactNode;
  form: (done: () => void) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {!editing && (
          <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
            {editLabel}
          </Button>
        )}
      </div>
      {editing ? form(() => setEditing(false)) : view}
    </section>
  );
}

export function FormActions({ saving, saveLabel, onCancel }: { saving: boolean; saveLabel: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : saveLabel}
      </Button>
      <Button type="button" variant="quiet" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
