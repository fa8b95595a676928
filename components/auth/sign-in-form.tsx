"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { authClient } from "@/lib/auth/client";
import { ROLE_LABELS, type AppRole } from "@/lib/people/roles";

interface Demo {
  role: AppRole;
  name: string;
  email: string;
}

export function SignInForm({ demos, demoPassword }: { demos: Demo[]; demoPassword?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // After a submit that found mistakes, focus the first field at fault: a screen reader then
  // reads its label and its message, and the keyboard is where the fix is needed.
  useEffect(() => {
    const first = (["email", "password"] as const).find((k) => errors[k]);
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = "Enter your work email, e.g. ana@example.com";
    if (!password) found.password = "Enter your password";
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const { error } = await authClient.signIn.email({ email: email.trim(), password });
      if (!error) {
        router.replace("/");
        router.refresh();
        return;
      }
      if (error.status === 429) setMessage("Too many sign-in attempts from here. Wait a minute, then try again.");
      else if (error.status === 401) setMessage("That email and password do not match an account.");
      else setMessage(error.message || "Sign-in failed. Try again.");
    } catch {
      setMessage("Could not reach Beacon. Check your connection and try again.");
    }
    setBusy(false);
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="Sign in">
        {message && <Notice tone="error">{message}</Notice>}
        <Field id="email" label="Email" error={errors.email}>
          <TextInput id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        </Field>
        <Field id="password" label="Password" error={errors.password}>
          <TextInput
            id="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
        </Field>
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {demos.length > 0 && demoPassword && (
        <section aria-labelledby="demo-heading" className="rounded-md border border-sky-300 bg-sky-50 p-4 dark:border-sky-800 dark:bg-sky-950">
          <h2 id="demo-heading" className="text-sm font-semibold">Demo sign-ins (local stack only)</h2>
          <p className="mt-1 text-sm">
            Password for all: <code className="font-mono">{demoPassword}</code>
          </p>
          <ul className="mt-2 space-y-1">
            {demos.map((d) => (
              <li key={d.email} className="flex items-center justify-between gap-2 text-sm">
                <span>
                  <strong>{ROLE_LABELS[d.role]}</strong>: {d.name} · {d.email}
                </span>
                <button
                  type="button"
                  className="rounded px-2 py-1 font-medium underline"
                  onClick={() => {
                    setEmail(d.email);
                    setPassword(demoPassword);
                  }}
                >
                  Use<span className="sr-only"> {ROLE_LABELS[d.role].toLowerCase()} sign-in</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
