import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { LocalTime } from "@/components/ui/local-time";
import { requirePerson } from "@/lib/auth/session";
import { SECTIONS } from "@/components/shell/sections";
import { OpenIncidents } from "@/components/incidents/open-incidents";
import { dbAs } from "@/lib/db/supabase";
import { listIncidents } from "@/lib/incidents/queries";
import { parseIncidentFilters } from "@/lib/incidents/filters";
import { listRotations, peopleById } from "@/lib/oncall/queries";
import { OnCallNowList } from "@/components/oncall/on-call-now";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const person = await requirePerson();
  // The home page must render even when the data API is down: the banner says why, and the open
  // incidents box says it could not load (the live feed retries it when the API is back).
  const now = new Date();
  const db = await dbAs(person);
  const [open, oncall] = await Promise.all([
    listIncidents(db, parseIncidentFilters({ status: "investigating,identified,monitoring" }), person.time_zone, 10).catch(() => null),
    // Overrides up to five weeks out: enough to say when the current block ends (now.ts looks that far).
    Promise.all([listRotations(db, now, new Date(now.getTime() + 35 * 86_400_000)), peopleById(db)])
      .then(([rotations, people]) => ({ rotations, people }))
      .catch(() => null),
  ]);
  return (
    <>
      <PageHeader
        title={`Hello, ${person.name.split(" ")[0]}`}
        description={
          <>
            It is <LocalTime at={now} timeZone={person.time_zone} /> where you are ({person.time_zone}).
          </>
        }
      />
      <OpenIncidents initial={open} />
      <section aria-labelledby="oncall-now-title" className="mb-8 space-y-2">
        <h2 id="oncall-now-title" className="text-lg font-semibold">
          On call now
        </h2>
        <OnCallNowList data={oncall} now={now} timeZone={person.time_zone} />
      </section>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
            >
              <h2 className="font-semibold">{s.label}</h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{s.blurb}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
