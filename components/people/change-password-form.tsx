"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { authClient } from "@/lib/auth/client";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/result";
import { changePasswordSchema } from "@/lib/people/schema";

export function ChangePasswordForm() {
  const [values, setValues] = useState({ current: "", next: "", confirm: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(null);
    const checked = changePasswordSchema.safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { error } = await authClient.changePassword({
        currentPassword: values.current,
        newPassword: values.next,
        revokeOtherSessions: true,
      });
      if (error) {
        if (error.status === 400 || error.status === 401) setErrors({ current: "That is not your current password" });
        else setNotice({ tone: "error", text: error.message || "Could not change the password. Try again." });
      } else {
        setValues({ current: "", next: "", confirm: "" });
        setNotice({ tone: "success", text: "Password changed. Your other devices were signed out." });
      }
    } catch {
      setNotice({ tone: "error", text: "Could not reach Beacon. Check your connection and try again." });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="password-heading" className="max-w-xl space-y-4">
      <h2 id="password-heading" className="text-lg font-semibold">Change password</h2>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Field id="current-password" label="Current password" error={errors.current}>
        <TextInput id="current-password" type="password" autoComplete="current-password" value={values.current} onChange={set("current")} error={errors.current} />
      </Field>
      <Field id="new-password" label="New password" hint="At least 10 characters." error={errors.next}>
        <TextInput id="new-password" type="password" autoComplete="new-password" value={values.next} onChange={set("next")} error={errors.next} hint />
      </Field>
      <Field id="confirm-password" label="New password again" error={errors.confirm}>
        <TextInput id="confirm-password" type="password" autoComplete="new-password" value={values.confirm} onChange={set("confirm")} error={errors.confirm} />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
