"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { changeRole } from "@/lib/people/actions";
import type { Person } from "@/lib/people/person";
import { APP_ROLES, ROLE_LABELS, type AppRole } from "@/lib/people/roles";

/** One person's role, changeable by an admin. The database refuses anyone else. */
export function RoleForm({ person }: { person: Person }) {
  const [role, setRole] = useState<AppRole>(person.role);
  const [saved, setSaved] = useState<AppRole>(person.role);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [saving, start] = useTransition();
  const id = `role-${person.id}`;

  function save(e: React.FormEvent) {
    e.preventDefault();
    start(async () => {
      const r = await changeRole({ person_id: person.id, role }).catch(() => ({
        ok: false as const,
        message: "Could not reach Beacon; try again.",
      }));
      if (r.ok) {
        setSaved(role);
        setMessage({ error: false, text: "Saved" });
      } else {
        setMessage({ error: true, text: r.message });
      }
    });
  }

  return (
    <form onSubmit={save} className="flex min-w-56 flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Role of {person.name}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as AppRole)} className={`${selectClass} max-w-36`}>
        {APP_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={saving || role === saved}>
        {saving ? "Saving…" : "Save"}
        <span className="sr-only"> role of {person.name}</span>
      </Button>
      <span role="status" className={`text-sm ${message?.error ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}>
        {message?.text}
      </span>
    </form>
  );
}
