"use client";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { NavLinks } from "./nav-links";

/** On narrow screens the sections fold behind one button. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);

  return (
    <div ref={root} className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen((o) => !o)}
        className="min-h-10 rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
      >
        {open ? "Close menu" : "Menu"}
      </button>
      {open && (
        <nav id="mobile-nav" aria-label="Sections" className="absolute inset-x-0 top-14 z-20 border-b border-slate-200 bg-white p-3 shadow-lg dark:border-slate-800 dark:bg-slate-950">
          <NavLinks onNavigate={() => setOpen(false)} />
        </nav>
      )}
    </div>
  );
}
