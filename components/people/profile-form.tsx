"use client";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateProfile } from "@/lib/people/actions";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/result";
import type { Person } from "@/lib/people/person";
import { profileSchema, type ProfileInput } from "@/lib/people/schema";

export function ProfileForm({ person, timeZones }: { person: Person; timeZones: string[] }) {
  const [values, setValues] = useState<ProfileInput>({
    name: person.name,
    phone: person.phone ?? "",
    chat_handle: person.chat_handle ?? "",
    time_zone: person.time_zone,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  // After a submit with mistakes, focus the first field at fault (it reads its own message).
  useEffect(() => {
    const first = (["name", "phone", "chat_handle", "time_zone"] as const).find((k) => errors[k]);
    if (first) document.getElementById(first)?.focus();
  }, [errors]);
  const zones = timeZones.includes(person.time_zone) ? timeZones : [person.time_zone, ...timeZones];

  const set = (k: keyof ProfileInput) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(null);
    // Same schema as the server: most mistakes are caught before a round trip.
    const checked = profileSchema.safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setNotice({ tone: "error", text: "Some fields need attention." });
      return;
    }
    startSaving(async () => {
      const result = await updateProfile(values).catch(() => ({
        ok: false as const,
        message: "Could not reach Beacon. Check your connection; your changes are still here.",
      }));
      if (result.ok) {
        setErrors({});
        setNotice({ tone: "success", text: "Profile saved." });
      } else {
        setErrors(("fieldErrors" in result && result.fieldErrors) || {});
        setNotice({ tone: "error", text: result.message });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-5">
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
        <select
          id="time_zone"
          name="time_zone"
          value={values.time_zone}
          onChange={set("time_zone")}
          aria-invalid={errors.time_zone ? true : undefined}
          aria-describedby={errors.time_zone ? "time_zone-error" : "time_zone-hint"}
          className={selectClass}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
