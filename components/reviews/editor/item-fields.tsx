"use client";
// The fields of an action item, shared by the add form and each item's edit form.
import { Field, TextInput, selectClass } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/actions/result";
import {
  ACTION_PRIORITIES,
  ACTION_PRIORITY_LABELS,
  ACTION_TYPES,
  ACTION_TYPE_LABELS,
  type ActionPriority,
  type ActionType,
} from "@/lib/reviews/model";
import type { Person } from "@/lib/people/person";

export interface ItemDraft {
  title: string;
  owner_id: string;
  due_date: string;
  priority: ActionPriority;
  type: ActionType;
  tracker_url: string;
}

export function ItemFields({
  prefix,
  value,
  onChange,
  errors,
  people,
}: {
  prefix: string;
  value: ItemDraft;
  onChange: (v: ItemDraft) => void;
  errors: FieldErrors;
  people: Person[];
}) {
  const set = (k: keyof ItemDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ ...value, [k]: e.target.value });
  const id = (k: string) => `${prefix}-${k}`;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <div className="sm:col-span-2 lg:col-span-3">
        <Field id={id("title")} label="What will be done" error={errors.title}>
          <TextInput id={id("title")} value={value.title} onChange={set("title")} error={errors.title} maxLength={200} />
        </Field>
      </div>
      <Field id={id("owner")} label="Owner" error={errors.owner_id}>
        <select id={id("owner")} className={selectClass} value={value.owner_id} onChange={set("owner_id")}>
          <option value="">Nobody yet</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("due")} label="Due date" error={errors.due_date}>
        <TextInput id={id("due")} type="date" value={value.due_date} onChange={set("due_date")} error={errors.due_date} />
      </Field>
      <Field id={id("priority")} label="Priority" error={errors.priority}>
        <select id={id("priority")} className={selectClass} value={value.priority} onChange={set("priority")}>
          {ACTION_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {ACTION_PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("type")} label="Type" error={errors.type}>
        <select id={id("type")} className={selectClass} value={value.type} onChange={set("type")}>
          {ACTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {ACTION_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field id={id("tracker")} label="Tracker link (optional)" error={errors.tracker_url}>
          <TextInput id={id("tracker")} type="url" value={value.tracker_url} onChange={set("tracker_url")} error={errors.tracker_url} placeholder="https://" />
        </Field>
      </div>
    </div>
  );
}
