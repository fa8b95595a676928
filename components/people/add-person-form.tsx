"use client";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { addPerson } from "@/lib/people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { addPersonSchema, type AddPersonInput } from "@/lib/people/schema";
import { APP_ROLES, ROLE_LABELS } from "@/lib/people/roles";

const EMPTY: AddPersonInput = { name: "", email: "", role: "responder", temporary_password: "" };

/** Admins add people here; they sign in with the temporary password and change it. */
export function AddPersonForm() {
  const { values, set, errors, notice, saving, submit, form } = useActionForm({
    schema: addPersonSchema,
    initial: EMPTY,
    action: addPerson,
    onSaved: (v) => ({ text: `${v.name} can now sign in as ${v.email} with the temporary password.`, reset: true }),
    unreachable: "Could not reach Beacon; nothing was saved.",
  });

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="add-person-heading" className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="add-person-heading" className="text-lg font-semibold">Add a person</h2>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-name" label="Name" error={errors.name}>
          <TextInput id="new-name" value={values.name} onChange={set("name")} error={errors.name} />
        </Field>
        <Field id="new-email" label="Email" error={errors.email}>
          <TextInput id="new-email" type="email" value={values.email} onChange={set("email")} error={errors.email} />
        </Field>
        <Field id="new-role" label="Role" error={errors.role}>
          <select id="new-role" value={values.role} onChange={set("role")} className={selectClass}>
            {APP_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="temporary-password" label="Temporary password" hint="At least 10 characters. Share it privately." error={errors.temporary_password}>
          <TextInput id="temporary-password" type="text" autoComplete="off" value={values.temporary_password} onChange={set("temporary_password")} error={errors.temporary_password} hint />
        </Field>
      </div>
      <Button type="submit" disabled={saving}>
        {saving ? "Adding…" : "Add person"}
      </Button>
    </form>
  );
}
