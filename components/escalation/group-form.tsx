"use client";
// A group an escalation level can page (e.g. Engineering leadership): its name and members,
// saved at once by save_oncall_group. Leads and admins only; others see the list, not this form.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteGroup, saveGroup } from "@/lib/escalation/actions";
import { groupSchema } from "@/lib/escalation/schema";

export function GroupForm({
  group,
  people,
}: {
  /** null: a form for a new group. */
  group: { id: string; name: string; description: string; memberIds: string[] } | null;
  people: { id: string; name: string }[];
}) {
  const prefix = group ? `group-${group.id}` : "new-group";
  const { values, set, setValues, setNotice, errors, notice, saving, submit, form } = useActionForm({
    schema: groupSchema,
    initial: { groupId: group?.id ?? null, name: group?.name ?? "", description: group?.description ?? "", memberIds: group?.memberIds ?? [] },
    action: saveGroup,
    onSaved: (v) => (group ? { text: "Group saved." } : { text: `Group “${v.name}” added.`, reset: true }),
    unreachable: "Could not reach Beacon. Check your connection; what you picked is still here.",
  });
  const [confirming, setConfirming] = useState(false);
  const [deleting, startDeleting] = useTransition();

  function toggle(id: string, on: boolean) {
    setValues((v) => ({ ...v, memberIds: on ? [...v.memberIds, id] : v.memberIds.filter((m) => m !== id) }));
  }
  function confirmDelete() {
    if (!group) return;
    startDeleting(async () => {
      const r = await deleteGroup({ groupId: group.id }).catch(() => ({ ok: false as const, message: "Could not reach Beacon. The group was not deleted." }));
      if (!r.ok) {
        setNotice({ tone: "error", text: r.message });
        setConfirming(false);
      }
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={group ? `Edit group ${group.name}` : "New group"} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label="Name" error={errors.name}>
          <TextInput id={`${prefix}-name`} value={values.name} onChange={set("name")} error={errors.name} />
        </Field>
        <Field id={`${prefix}-description`} label="Description (optional)" error={errors.description}>
          <TextInput id={`${prefix}-description`} value={values.description} onChange={set("description")} error={errors.description} />
        </Field>
      </div>
      <fieldset aria-describedby={errors.memberIds ? `${prefix}-members-error` : undefined}>
        <legend className="text-sm font-medium">Members</legend>
        <ul className="mt-1 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {people.map((p, i) => (
            <li key={p.id}>
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={values.memberIds.includes(p.id)}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                  // The first box carries the error so the form can focus it.
                  aria-invalid={i === 0 && errors.memberIds ? true : undefined}
                />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
        {errors.memberIds && (
          <p id={`${prefix}-members-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
            {errors.memberIds}
          </p>
        )}
      </fieldset>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={saving || deleting}>
          {saving ? "Saving…" : group ? "Save group" : "Add group"}
        </Button>
        {group &&
          (confirming ? (
            <span role="group" aria-label="Confirm deleting this group" className="flex flex-wrap items-center gap-2">
              <span className="text-sm">Delete “{group.name}”?</span>
              <Button type="button" disabled={deleting} onClick={confirmDelete}>
                {deleting ? "Deleting…" : "Yes, delete group"}
              </Button>
              <Button type="button" variant="quiet" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </span>
          ) : (
            <Button type="button" variant="quiet" onClick={() => setConfirming(true)}>
              Delete group
            </Button>
          ))}
      </div>
    </form>
  );
}
