"use client";
import { Button } from "@/components/ui/button";
import { Field, TextInput, TimeZoneSelect } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateProfile } from "@/lib/people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Person } from "@/lib/people/person";
import { profileSchema } from "@/lib/people/schema";

export function ProfileForm({ person, timeZones }: { person: Person; timeZones: string[] }) {
  const { values, set, errors, notice, saving, submit, form } = useActionForm({
    schema: profileSchema,
    initial: {
      name: person.name,
      phone: person.phone ?? "",
      chat_handle: person.chat_handle ?? "",
      time_zone: person.time_zone,
    },
    action: updateProfile,
    onSaved: () => ({ text: "Profile saved." }),
    unreachable: "Could not reach Beacon. Check your connection; your changes are still here.",
  });

  return (
    <form ref={form} onSubmit={submit} noValidate className="max-w-xl space-y-5">
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Field id="name" label="Name" error={errors.name}>
        <TextInput id="name" value={values.name} onChange={set("name")} autoComplete="name" required error={errors.name} />
      </Field>
      <Field id="phone" label="Phone" hint="Shown to colleagues who need to call you during an incident." error={errors.phone}>
        <TextInput id="phone" type="tel" value={values.phone ?? ""} onChange={set("phone")} autoComplete="tel" error={errors.phone} hint />
      </Field>
      <Field id="chat_handle" label="Chat handle" hint="e.g. @ana on your team chat." error={errors.chat_handle}>
        <TextInput id="chat_handle" value={values.chat_handle ?? ""} onChange={set("chat_handle")} error={errors.chat_handle} hint />
      </Field>
      <Field id="time_zone" label="Time zone" hint="Beacon shows times in this zone; UTC is on hover." error={errors.time_zone}>
<TimeZoneSelect id="time_zone" zones={timeZones} value={values.time_zone} onChange={set("time_zone")} error={errors.time_zone} hint />
      </Field>
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
