"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { authClient } from "@/lib/auth/client";
import type { AppRole } from "@/lib/people/roles";
import { ROLE_LABELS } from "@/lib/people/roles";

export function UserMenu({ name, role }: { name: string; role: AppRole }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  const close = useCallback(() => setOpen(false), []);

  useDismiss(open, close, root, button);

  async function signOut() {
    setSigningOut(true);
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  }

  const item = "block w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800";
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((o) => !o)}
        aria-label={`${name}, ${ROLE_LABELS[role]}: account menu`}
        className="flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span aria-hidden className="grid size-7 place-items-center rounded-full bg-slate-200 text-xs font-semibold dark:bg-slate-700">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="max-w-40 truncate max-sm:hidden">{name}</span>
      </button>
      {open && (
        <div
          id="user-menu"
          className="absolute right-0 z-30 mt-2 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="px-3 py-2 text-xs text-slate-600 dark:text-slate-300">Signed in as {ROLE_LABELS[role].toLowerCase()}</p>
          <Link href="/profile" className={item} onClick={() => setOpen(false)}>
            Your profile
          </Link>
          <Link href="/people" className={item} onClick={() => setOpen(false)}>
            {role === "admin" ? "People and roles" : "People"}
          </Link>
          <button type="button" className={item} onClick={signOut} disabled={signingOut}>
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      )}
    </div>
  );
}
