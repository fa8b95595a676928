import Link from "next/link";
import { editsOnCall } from "@/lib/people/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeList } from "@/components/oncall/change-list";
import { GroupForm } from "@/components/escalation/group-form";
import { ContactLinks } from "@/components/people/contact-links";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { describeEditChange } from "@/lib/escalation/describe";
import { groupChanges, listGroups } from "@/lib/escalation/editing";
import { peopleById } from "@/lib/oncall/queries";

export const metadata = { title: "Groups" };

export default async function GroupsPage() {
  const me = await requirePerson();
  const db = await dbAs(me);
  const [groups, people, changes] = await Promise.all([listGroups(db), peopleById(db), groupChanges(db)]);
  // Mirrors RLS: only leads and admins change groups.
  const canEdit = editsOnCall(me.role);
  const everyone = [...people.values()].sort((a, b) => a.name.localeCompare(b.name)).map((p) => ({ id: p.id, name: p.name }));
  // Deleted groups are named from their own history rows.
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  for (const c of changes) {
    const row = c.after ?? c.before;
    if (c.entity_type === "oncall_groups" && row && !groupNames.has(String(row.id))) groupNames.set(String(row.id), String(row.name));
  }
  const names = {
    person: (id: string) => people.get(id)?.name,
    group: (id: string) => groupNames.get(id),
    rotation: () => undefined,
    item: () => undefined,
  };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/escalation" className="underline">
          Escalation
        </Link>
      </p>
      <PageHeader title="Groups" description="Named groups an escalation level can page, e.g. engineering leadership. A level pages every member." />

      {groups.length === 0 && <p className="mb-8 text-slate-700 dark:text-slate-300">No groups yet.</p>}
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}-title`} className="mb-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id={`group-${g.id}-title`} className="text-lg font-semibold">
            {g.name}
          </h2>
          {g.description && <p className="text-sm text-slate-700 dark:text-slate-300">{g.description}</p>}
          <ul className="my-3 space-y-1 text-sm">
            {g.memberIds.length === 0 && <li className="text-amber-900 dark:text-amber-200">No members: this group pages nobody.</li>}
            {g.memberIds.map((id) => {
              const person = people.get(id);
              return (
                <li key={id}>
                  <span className="font-medium">{person?.name ?? id}</span> {person && <ContactLinks person={person} />}
                </li>
              );
            })}
          </ul>
          {canEdit && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium underline">Edit {g.name}</summary>
              <div className="mt-3">
                <GroupForm group={g} people={everyone} />
              </div>
            </details>
          )}
        </section>
      ))}

      {canEdit && (
        <section aria-labelledby="new-group-title" className="mb-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="new-group-title" className="mb-2 text-lg font-semibold">
            New group
          </h2>
          <GroupForm group={null} people={everyone} />
        </section>
      )}

      <ChangeList
        timeZone={me.time_zone}
        changes={changes.map((c) => ({ id: c.id, changed_at: c.changed_at, who: c.who, text: describeEditChange(c, names) }))}
      />
    </>
  );
}
