import Link from "next/link";
import { editsOnCall } from "@/lib/people/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeList } from "@/components/oncall/change-list";
import { ChecklistEditor } from "@/components/oncall/checklist-editor";
import { ReadinessItemForm } from "@/components/oncall/readiness-item-form";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { describeEditChange } from "@/lib/escalation/describe";
import { readinessChanges } from "@/lib/escalation/editing";
import { peopleById } from "@/lib/oncall/queries";
import { checklist, readinessRows, type StatusRow } from "@/lib/oncall/readiness-queries";
import { READINESS_LABELS, type ReadinessStatus } from "@/lib/oncall/readiness-schema";

export const metadata = { title: "Readiness" };

const TONE: Record<ReadinessStatus, string> = {
  ready: "text-green-800 dark:text-green-300",
  requested: "text-amber-900 dark:text-amber-200",
  missing: "text-red-800 dark:text-red-300",
};

export default async function ReadinessPage() {
  const me = await requirePerson();
  const db = await dbAs(me);
  // Mirrors RLS: everyone sets their own status; leads and admins edit the list (and may read it all).
  const canEdit = editsOnCall(me.role);
  const [items, rows, people, changes] = await Promise.all([
    checklist(db),
    readinessRows(db, canEdit ? undefined : me.id),
    peopleById(db),
    readinessChanges(db),
  ]);
  const status = new Map<string, StatusRow>(rows.map((r) => [`${r.person_id}:${r.item_id}`, r]));
  const of = (personId: string, itemId: string) => status.get(`${personId}:${itemId}`);
  const mine = items.filter((i) => of(me.id, i.id)?.status === "ready").length;
  const itemNames = new Map(items.map((i) => [i.id, i.title]));
  for (const c of changes) {
    const row = c.after ?? c.before;
    if (c.entity_type === "oncall_checklist_items" && row && !itemNames.has(String(row.id))) itemNames.set(String(row.id), String(row.title));
  }
  const names = { person: (id: string) => people.get(id)?.name, item: (id: string) => itemNames.get(id), rotation: () => undefined, group: () => undefined };
  const everyone = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/oncall" className="underline">
          On call
        </Link>
      </p>
      <PageHeader
        title="Readiness"
        description="The tooling and access everyone needs before going on call. Rotations warn when a participant's checklist is incomplete."
      />

      <section aria-labelledby="mine-title" className="mb-8">
        <h2 id="mine-title" className="text-lg font-semibold">
          My checklist
        </h2>
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {items.length === 0 ? "The checklist is empty." : `${mine} of ${items.length} ready.`}
        </p>
        {items.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {items.map((item) => (
              <li key={item.id}>
                <ReadinessItemForm item={item} status={of(me.id, item.id)?.status ?? "missing"} note={of(me.id, item.id)?.note ?? ""} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {canEdit && items.length > 0 && (
        <section aria-labelledby="everyone-title" className="mb-8">
          <h2 id="everyone-title" className="mb-2 text-lg font-semibold">
            Everyone&rsquo;s readiness
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Everyone&rsquo;s readiness: people by checklist item</caption>
              <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-200">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">Person</th>
                  {items.map((i) => (
                    <th key={i.id} scope="col" className="px-3 py-2 font-semibold">
                      {i.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {everyone.map((p) => {
                  const ready = items.filter((i) => of(p.id, i.id)?.status === "ready").length;
                  return (
                    <tr key={p.id}>
                      <th scope="row" className="px-3 py-2 align-top font-medium">
                        {p.name}
                        <div className="text-xs font-normal text-slate-600 dark:text-slate-300">
                          {ready === items.length ? "Ready" : `${ready} of ${items.length} ready`}
                        </div>
                      </th>
                      {items.map((i) => {
                        const s = of(p.id, i.id);
                        const value = s?.status ?? "missing";
                        return (
                          <td key={i.id} className="px-3 py-2 align-top">
                            <span className={`font-medium ${TONE[value]}`}>{READINESS_LABELS[value]}</span>
                            {s?.note && <div className="text-xs text-slate-600 dark:text-slate-300">{s.note}</div>}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {canEdit && (
        <section aria-labelledby="items-title" className="mb-8">
          <h2 id="items-title" className="mb-2 text-lg font-semibold">
            Checklist items
          </h2>
          <ChecklistEditor items={items} />
        </section>
      )}

      <ChangeList
        timeZone={me.time_zone}
        changes={changes.map((c) => ({ id: c.id, changed_at: c.changed_at, who: c.who, text: describeEditChange(c, names) }))}
      />
    </>
  );
}
