import { PageHeader } from "@/components/ui/page-header";
import { RoleForm } from "@/components/people/role-form";
import { LocalTime } from "@/components/ui/local-time";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listPeople } from "@/lib/people/queries";
import { ROLE_LABELS } from "@/lib/people/roles";

export const metadata = { title: "People" };

export default async function PeoplePage() {
  const me = await requirePerson();
  const people = await listPeople(await dbAs(me));
  const isAdmin = me.role === "admin";
  const now = new Date();
  return (
    <>
      <PageHeader
        title="People"
        description={isAdmin ? "Everyone who can sign in, how to reach them, and their role. As an admin you can change roles." : "Everyone who can sign in and how to reach them."}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People, their contacts, local time and role</caption>
          <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-200">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">Name</th>
              <th scope="col" className="px-4 py-3 font-semibold">Contact</th>
              <th scope="col" className="px-4 py-3 font-semibold">Their local time</th>
              <th scope="col" className="px-4 py-3 font-semibold">Role</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="px-4 py-3 font-medium">{p.name}{p.id === me.id && <span className="text-slate-600 dark:text-slate-300"> (you)</span>}</th>
                <td className="px-4 py-3">
                  <ul className="space-y-1">
                    <li><a className="underline" href={`mailto:${p.email}`}>{p.email}</a></li>
                    {p.phone && <li><a className="underline" href={`tel:${p.phone.replace(/[^+0-9]/g, "")}`}>{p.phone}</a></li>}
                    {p.chat_handle && <li>Chat: {p.chat_handle}</li>}
                  </ul>
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  <LocalTime at={now} timeZone={p.time_zone} />
                  <div className="text-xs text-slate-600 dark:text-slate-300">{p.time_zone}</div>
                </td>
                <td className="px-4 py-3">
                  {isAdmin ? <RoleForm person={p} /> : ROLE_LABELS[p.role]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
