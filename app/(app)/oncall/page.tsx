import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PersonLine } from "@/components/oncall/person-line";
import { DayTime, HandsOver } from "@/components/oncall/times";
import { CalendarFeedsSection } from "@/components/oncall/calendar-feeds-section";
import { requirePerson } from "@/lib/auth/session";
import { editsOnCall } from "@/lib/people/roles";
import { dbAs } from "@/lib/db/supabase";
import { nextHandoffs } from "@/lib/oncall/handoffs";
import { myShifts, onCallNow } from "@/lib/oncall/now";
import { reasonText, shiftLengthText } from "@/lib/oncall/describe";
import { listRotations, peopleById } from "@/lib/oncall/queries";

export const metadata = { title: "On call" };

const FOUR_WEEKS = 28 * 86_400_000;

// As on the People page: below sm each row is a card and each cell shows its column name.
const cell =
  "px-4 py-3 align-top max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-300";

export default async function OnCallPage() {
  const me = await requirePerson();
  const db = await dbAs(me);
  const now = new Date();
  const until = new Date(now.getTime() + FOUR_WEEKS);
  const [rotations, people] = await Promise.all([listRotations(db, now, until), peopleById(db)]);
  const nameOf = (id: string) => people.get(id)?.name ?? id;
  const names = new Map(rotations.map((r) => [r.id, r.name]));
  const setups = rotations.map((r) => r.setup);
  const current = onCallNow(setups, now);
  const mine = myShifts(me.id, setups, now, until);

  return (
    <>
      <PageHeader
        title="On call"
        description={<>Who is on call now, the rotations and their next handoffs. Times are in your zone ({me.time_zone}).</>}
        actions={
          editsOnCall(me.role) && (
            <Link href="/oncall/new" className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950">
              New rotation
            </Link>
          )
        }
      />
      <nav aria-label="More on call" className="-mt-3 mb-6 flex flex-wrap gap-x-4 text-sm">
        <Link href="/oncall/readiness" className="underline">
          Readiness checklist
        </Link>
        <Link href="/oncall/groups" className="underline">
          Groups
        </Link>
        <Link href="/escalation" className="underline">
          Escalation matrix
        </Link>
      </nav>
      {rotations.length === 0 ? (
        <EmptyState title="No rotations yet">
          <p>
            Nobody is on call from a rotation. The{" "}
            <Link href="/people" className="font-medium underline">
              People page
            </Link>{" "}
            has everyone&rsquo;s phone number, chat handle and local time.
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="rotations-title" className="mb-8">
          <h2 id="rotations-title" className="mb-2 text-lg font-semibold">
            Rotations
          </h2>
          {/* relative: keeps the screen-reader-only header inside (no sideways scroll on a phone). */}
          <div className="relative rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rotations, who is on call now and the next handoffs</caption>
              <thead className="bg-slate-50 text-slate-700 max-sm:sr-only dark:bg-slate-900 dark:text-slate-200">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Rotation</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Shifts</th>
                  <th scope="col" className="px-4 py-3 font-semibold">On call now</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Next handoffs</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {rotations.map((r, i) => {
                  const c = current[i];
                  const next = r.participants.length ? nextHandoffs(r.setup.rotation, now, 3) : [];
                  return (
                    <tr key={r.id} className="max-sm:block max-sm:py-2">
                      <th scope="row" className="px-4 py-3 align-top font-medium max-sm:block max-sm:pb-1 max-sm:text-base">
                        <Link href={`/oncall/${r.id}`} className="underline">
                          {r.name}
                        </Link>
                        <div className="text-xs font-normal text-slate-600 dark:text-slate-300">
                          {r.services.length ? r.services.map((s) => s.name).join(", ") : "No services"}
                        </div>
                      </th>
                      <td data-label="Shifts" className={cell}>
                        {shiftLengthText(r.shiftUnit, r.shiftCount)}, handoff at {r.handoffTime}
                        <div className="text-xs text-slate-600 dark:text-slate-300">{r.timeZone}</div>
                      </td>
                      <td data-label="On call now" className={cell}>
                        <PersonLine
                          id={c.primary}
                          people={people}
                          note={c.primaryReason?.source === "override" ? reasonText(c.primaryReason, nameOf) : undefined}
                        />
                        {c.changesAt && (
                          <div className="text-xs text-slate-600 dark:text-slate-300">
                            <HandsOver at={c.changesAt} now={now} timeZone={me.time_zone} verb={c.primary ? "hands over" : "someone is on call"} />
                          </div>
                        )}
                        <div className="mt-1 text-xs text-slate-600 dark:text-slate-300">
                          Secondary: {c.secondary ? nameOf(c.secondary) : "nobody"}
                          {c.secondaryFrom?.kind === "rotation" && ` (primary of ${names.get(c.secondaryFrom.rotationId) ?? "another rotation"})`}
                        </div>
                      </td>
                      <td data-label="Next handoffs" className={cell}>
                        <ul className="space-y-0.5">
                          {next.map((h) => {
                            const who = onCallNow([r.setup], h.at)[0].primary;
                            return (
                              <li key={h.at.toISOString()}>
                                <DayTime at={h.at} timeZone={me.time_zone} withDate /> → {who ? nameOf(who) : "nobody"}
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="my-shifts-title">
        <h2 id="my-shifts-title" className="mb-2 text-lg font-semibold">
          My shifts
        </h2>
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">When you are on call in the next four weeks.</p>
        {mine.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">You are not on call in the next four weeks.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {mine.map((s) => (
              <li key={`${s.rotationId}-${s.start.toISOString()}`} className="flex flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
                <span className="font-medium">
                  <DayTime at={s.start} timeZone={me.time_zone} withDate /> – <DayTime at={s.end} timeZone={me.time_zone} withDate />
                </span>
                <Link href={`/oncall/${s.rotationId}`} className="underline">
                  {names.get(s.rotationId)}
                </Link>
                <span className="text-slate-600 dark:text-slate-300">
                  {s.role === "primary" ? "primary" : "also on call"} · {reasonText(s.reason, nameOf)}
                  {s.start <= now && " · now"}
                </span>
              </li>
            ))}
          </ul>
        )}
        <CalendarFeedsSection scope="person" heading="h3" />
      </section>
    </>
  );
}
