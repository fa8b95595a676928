import Link from "next/link";
import type { Person } from "@/lib/people/person";
import { onCallNow } from "@/lib/oncall/now";
import { reasonText } from "@/lib/oncall/describe";
import type { RotationRecord } from "@/lib/oncall/queries";
import { HandsOver } from "./times";
import { PersonLine } from "./person-line";

/**
 * Every rotation's primary and secondary now, with how to reach them and when it changes. `data`
 * null: the data API could not be reached; the page still renders and says so calmly.
 */
export function OnCallNowList({
  data,
  now,
  timeZone,
}: {
  data: { rotations: RotationRecord[]; people: Map<string, Person> } | null;
  now: Date;
  timeZone: string;
}) {
  if (!data) {
    return (
      <p role="status" className="text-slate-700 dark:text-slate-300">
        Could not load who is on call right now. The <Link href="/people" className="underline">People page</Link> has everyone&rsquo;s
        phone number; try again in a moment.
      </p>
    );
  }
  const { rotations, people } = data;
  if (rotations.length === 0) return <p className="text-slate-700 dark:text-slate-300">No rotations yet, so nobody is on call.</p>;
  const names = new Map(rotations.map((r) => [r.id, r.name]));
  const nameOf = (id: string) => people.get(id)?.name ?? id;
  const current = onCallNow(
    rotations.map((r) => r.setup),
    now,
  );
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {rotations.map((r, i) => {
        const c = current[i];
        return (
          <li key={r.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="font-semibold">
              <Link href={`/oncall/${r.id}`} className="underline-offset-2 hover:underline">
                {r.name}
              </Link>
            </h3>
            {r.services.length > 0 && (
              <p className="text-sm text-slate-600 dark:text-slate-300">{r.services.map((s) => s.name).join(", ")}</p>
            )}
            <div className="mt-2 space-y-2">
              <PersonLine
                id={c.primary}
                people={people}
                label="Primary"
                note={c.primaryReason && c.primaryReason.source === "override" ? reasonText(c.primaryReason, nameOf) : undefined}
              />
              {c.alsoOnCall.map((id) => (
                <PersonLine key={id} id={id} people={people} label="Also on call" note="added (override)" />
              ))}
              {c.primary && c.changesAt && (
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  <HandsOver at={c.changesAt} now={now} timeZone={timeZone} />
                </p>
              )}
              {!c.primary && c.changesAt && (
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  <HandsOver at={c.changesAt} now={now} timeZone={timeZone} verb="someone is on call" />
                </p>
              )}
              <PersonLine
                id={c.secondary}
                people={people}
                label="Secondary"
                note={c.secondaryFrom?.kind === "rotation" ? `primary of ${names.get(c.secondaryFrom.rotationId) ?? "another rotation"}` : undefined}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
