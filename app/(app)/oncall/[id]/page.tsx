import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { LocalTime } from "@/components/ui/local-time";
import { ContactLinks } from "@/components/people/contact-links";
import { PersonLine } from "@/components/oncall/person-line";
import { HandsOver, clock, dayLabel } from "@/components/oncall/times";
import { CalendarFeedsSection } from "@/components/oncall/calendar-feeds-section";
import { requirePerson } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { dbAs } from "@/lib/db/supabase";
import { calendarDays } from "@/lib/oncall/calendar";
import { describeChange, reasonText, shiftLengthText } from "@/lib/oncall/describe";
import { onCallNow, reasonFor, scheduleOf } from "@/lib/oncall/now";
import { latestHandoffNote, listRotations, peopleById, readinessOf, rotationChanges } from "@/lib/oncall/queries";
import { listOnCallSetups } from "@/lib/oncall/now-query";
import { mayLeaveHandoffNote } from "@/lib/oncall/handoff-schema";
import { HandoffNoteForm } from "@/components/oncall/handoff-note-form";
import { takeableShifts } from "@/lib/oncall/take-shift";
import { editsOnCall } from "@/lib/people/roles";
import { OverridesPanel } from "@/components/oncall/overrides-panel";
import { ChangeList } from "@/components/oncall/change-list";

export const metadata = { title: "Rotation" };

const muted = "text-slate-600 dark:text-slate-300";
const TWO_WEEKS = 14 * 86_400_000;

export default async function RotationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const me = await requirePerson();
  const db = await dbAs(me);
  const now = new Date();
  const zone = me.time_zone;
  // Four weeks, day by day in the viewer's zone, starting today.
  const frame = calendarDays([], zone, now, 28);
  const [from, to] = [frame[0].start, frame[frame.length - 1].end];
  // This rotation in full; the others only when its secondary is another rotation's primary (or
  // that one's backup, and so on), and then only what onCallNow needs. All of them in full was
  // most of this page's time with 50 rotations (npm run bench).
  const [[rotation], people, note, changes] = await Promise.all([
    listRotations(db, now < from ? now : from, to, id),
    peopleById(db),
    latestHandoffNote(db, id),
    rotationChanges(db, id),
  ]);
  if (!rotation) notFound();
  const { secondary } = rotation.setup;
  const [readiness, others] = await Promise.all([
    readinessOf(db, [...new Set(rotation.participants)]),
    secondary.kind === "rotation" ? listOnCallSetups(db, now) : [],
  ]);
  const nameOf = (pid: string) => people.get(pid)?.name ?? pid;
  const current = onCallNow([rotation.setup, ...others.filter((r) => r.id !== id).map((r) => r.setup)], now)[0];
  const days = calendarDays(scheduleOf(rotation.setup, from, to), zone, now, 28);
  const secondaryRotation = secondary.kind === "rotation" ? others.find((r) => r.id === secondary.rotationId) : undefined;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/oncall" className="underline">
          On call
        </Link>
      </p>
      <PageHeader
        title={rotation.name}
        description={rotation.services.length ? `Covers ${rotation.services.map((s) => s.name).join(", ")}.` : "Covers no services yet."}
        actions={
          editsOnCall(me.role) && (
            <Link href={`/oncall/${id}/edit`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
              Edit rotation
            </Link>
          )
        }
      />

      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="now-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="now-title" className="mb-2 text-lg font-semibold">
            On call now
          </h2>
          <div className="space-y-2">
            <PersonLine
              id={current.primary}
              people={people}
              label="Primary"
              note={current.primaryReason?.source === "override" ? reasonText(current.primaryReason, nameOf) : undefined}
            />
            {current.alsoOnCall.map((pid) => (
              <PersonLine key={pid} id={pid} people={people} label="Also on call" note="added (override)" />
            ))}
            {current.changesAt && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                <HandsOver at={current.changesAt} now={now} timeZone={zone} verb={current.primary ? "hands over" : "someone is on call"} />
              </p>
            )}
            <PersonLine
              id={current.secondary}
              people={people}
              label="Secondary"
              note={current.secondaryFrom?.kind === "rotation" ? `primary of ${secondaryRotation?.name ?? "another rotation"}` : undefined}
            />
          </div>
        </section>

        <section aria-labelledby="settings-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="settings-title" className="mb-2 text-lg font-semibold">
            Settings
          </h2>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className={muted}>Shift length</dt>
            <dd>{shiftLengthText(rotation.shiftUnit, rotation.shiftCount)}</dd>
            <dt className={muted}>Handoff</dt>
            <dd>
              {rotation.handoffTime} {rotation.timeZone}
            </dd>
            <dt className={muted}>First shift</dt>
            <dd>{rotation.startDate}</dd>
            <dt className={muted}>Secondary</dt>
            <dd>
              {secondaryRotation ? (
                <>
                  primary of <Link href={`/oncall/${secondaryRotation.id}`} className="underline">{secondaryRotation.name}</Link>
                </>
              ) : (
                "the next participant in order"
              )}
            </dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="participants-title" className="mb-8">
        <h2 id="participants-title" className="mb-2 text-lg font-semibold">
          Participants, in order
        </h2>
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rotation.participants.map((pid, i) => {
            const person = people.get(pid);
            const status = readiness.status.get(pid);
            const notReady = readiness.items.filter((item) => status?.get(item.id)?.status !== "ready");
            return (
              <li key={`${i}-${pid}`} className="flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3 text-sm">
                <span className={`w-6 ${muted}`}>{i + 1}.</span>
                <div className="min-w-0 flex-1">
                  <span className="font-medium">{person?.name ?? pid}</span>
                  {pid === current.primary && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-900 dark:text-green-100">On call now</span>}
                  {person && (
                    <div>
                      <ContactLinks person={person} />
                    </div>
                  )}
                </div>
                <div className="min-w-0 basis-full sm:basis-72">
                  {readiness.items.length === 0 ? null : notReady.length === 0 ? (
                    <span className="text-green-800 dark:text-green-300">Ready: checklist complete</span>
                  ) : (
                    <div className="text-amber-900 dark:text-amber-200">
                      <span className="font-semibold">⚠ Checklist incomplete</span> ({readiness.items.length - notReady.length} of {readiness.items.length} ready)
                      <ul className="mt-0.5 list-disc pl-5">
                        {notReady.map((item) => {
                          const s = status?.get(item.id);
                          return (
                            <li key={item.id}>
                              {item.title}: {s?.status ?? "missing"}
                              {s?.note && <span className={muted}> — {s.note}</span>}
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="handoff-title" className="mb-8">
        <h2 id="handoff-title" className="mb-2 text-lg font-semibold">
          Latest handoff note
        </h2>
        {note ? (
          <figure className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <blockquote className="whitespace-pre-wrap break-words text-sm">{note.body}</blockquote>
            <figcaption className={`mt-2 text-xs ${muted}`}>
              {note.author?.name ?? "Someone"}, <LocalTime at={new Date(note.created_at)} timeZone={zone} />
            </figcaption>
          </figure>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">No handoff notes yet.</p>
        )}
        {mayLeaveHandoffNote(me, rotation) && <HandoffNoteForm rotationId={id} />}
      </section>

      <OverridesPanel
        rotationId={id}
        me={me.id}
        canEditAll={editsOnCall(me.role)}
        people={[...people.values()].map((p) => ({ id: p.id, name: p.name }))}
        participants={rotation.participants}
        overrides={rotation.overrides.filter((o) => o.end > now)}
        takeable={takeableShifts(rotation.setup, me.id, now, new Date(now.getTime() + TWO_WEEKS))}
        viewerZone={zone}
      />

      <section aria-labelledby="calendar-title" className="mb-8">
        <h2 id="calendar-title" className="text-lg font-semibold">
          Next four weeks
        </h2>
        <p className={`mb-2 text-sm ${muted}`}>Who is on call each day, and why. Times are in your zone ({zone}).</p>
        <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {days.map((d) => (
            <li key={d.date} className="min-w-0 rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-800">
              <h3 className="font-semibold">
                <time dateTime={d.date}>{dayLabel(d.date)}</time>
              </h3>
              <ul className="mt-1 space-y-1">
                {d.blocks.map((b) => {
                  const end = b.end.getTime() === d.end.getTime() ? "24:00" : clock(b.end, zone);
                  return (
                    <li key={b.start.toISOString()} className="break-words">
                      <span className={`tabular-nums ${muted}`}>
                        {clock(b.start, zone)}–{end}
                      </span>{" "}
                      {b.onCall.length === 0 ? (
                        <span className="text-amber-900 dark:text-amber-200">nobody on call</span>
                      ) : (
                        b.onCall.map((pid, k) => {
                          const why = reasonFor(b, pid);
                          return (
                            <span key={pid}>
                              {k > 0 && " + "}
                              <span className="font-medium">{nameOf(pid)}</span>
                              {why && <span className={muted}> ({reasonText(why, nameOf)})</span>}
                            </span>
                          );
                        })
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <ChangeList changes={changes.map((c) => ({ ...c, text: describeChange(c, nameOf) }))} timeZone={zone} />

      <CalendarFeedsSection scope="rotation" rotationId={id} />
    </>
  );
}
