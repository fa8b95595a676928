import Link from "next/link";
import type { Person } from "@/lib/people/person";
import { NavLinks } from "./nav-links";
import { MobileNav } from "./mobile-nav";
import { UserMenu } from "./user-menu";
import { ConnectionStatus } from "./connection-status";
import { DeclareIncident } from "@/components/incidents/declare-dialog";
import { LiveIncidents } from "@/components/incidents/live";

export function AppShell({ person, children }: { person: Person; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="relative border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
          <Link href="/" className="flex items-center gap-2 rounded text-base font-semibold">
            <span aria-hidden className="inline-block size-3 rounded-full bg-amber-500" />
            Beacon
          </Link>
          <nav aria-label="Sections" className="hidden md:block">
            <NavLinks />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <DeclareIncident meId={person.id} />
            <MobileNav />
            <UserMenu name={person.name} role={person.role} />
          </div>
        </div>
      </header>
      <ConnectionStatus />
      {/* tabIndex -1: "Skip to content" moves focus here, so the next Tab starts inside the page. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        <LiveIncidents>{children}</LiveIncidents>
      </main>
    </div>
  );
}
