import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { LocalTime } from "@/components/ui/local-time";
import { requirePerson } from "@/lib/auth/session";
import { SECTIONS } from "@/components/shell/sections";
import { OpenIncidents } from "@/components/incidents/open-incidents";
import { dbAs } from "@/lib/db/supabase";
import { listIncidents } from "@/lib/incidents/queries";
import { parseIncidentFilters } from "@/lib/incidents/filters";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const person = await requirePerson();
  // The home page must render even when the data API is down: the banner says why, and the open
  // incidents box says it could not load (the live feed retries it when the API is back).
  const open = await listIncidents(
    await dbAs(person),
    parseIncidentFilters({ status: "investigating,identified,monitoring" }),
    person.time_zone,
    10,
  ).catch(() => null);
  return (
    <>
      <PageHeader
        title={`Hello, ${person.name.split(" ")[0]}`}
        description={
          <>
            It is <LocalTime at={new Date()} timeZone={person.time_zone} /> where you are ({person.time_zone}).
          </>
        }
      />
      <OpenIncidents initial={open} />
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
