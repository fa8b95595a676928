import { PageHeader } from "@/components/ui/page-header";
import { RoleForm } from "@/components/people/role-form";
import { AddPersonForm } from "@/components/people/add-person-form";
import { LocalTime } from "@/components/ui/local-time";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listPeople } from "@/lib/people/queries";
import { ROLE_LABELS } from "@/lib/people/roles";

export const metadata = { title: "People" };

// Below the sm breakpoint each row becomes a card and each cell shows its column name, so a
// phone shows a person's local time and role without sideways scrolling.
const cell =
  "px-4 py-3 max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-300";

export default async function PeoplePage() {
  const me = await requirePerson();
  const people = await listPeople(await dbAs(me));
  const isAdmin = me.role === "admin";
  const now = new Date();
  return (
    <>
      <PageHeader
        title="People"
        description={
          isAdmin
            ? "Everyone who can sign in, how to reach them, and their role. As an admin you can change roles and add people."
            : "Everyone who can sign in and how to reach them."
        }
      />
      {/* relative: the screen-reader-only labels inside are position:absolute; without a positioned
          box they escape it and make the whole page scroll sideways on a phone. */}
      <div className="relative rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People, their contacts, local time and role</caption>
          <thead className="bg-slate-50 text-slate-700 max-sm:sr-only dark:bg-slate-900 dark:text-slate-200">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">Name</th>
              <th scope="col" className="px-4 py-3 font-semibold">Contact</th>
              <th scope="col" className="px-4 py-3 font-semibold">Their local time</th>
              <th scope="col" className="px-4 py-3 font-semibold">Role</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {people.map((p) => (
              <tr key={p.id} className="max-sm:block max-sm:py-2">
                <th scope="row" className="px-4 py-3 font-medium max-sm:block max-sm:pb-1 max-sm:text-base">
                  {p.name}
                  {p.id === me.id && <span className="text-slate-600 dark:text-slate-300"> (you)</span>}
                </th>
                <td data-label="Contact" className={cell}>
                  {/* Links at least 24 px tall: tapping a phone number is what this page is for. */}
                  <ul className="space-y-1">
                    <li><a className="inline-block py-0.5 underline" href={`mailto:${p.email}`}>{p.email}</a></li>
                    {p.phone && <li><a className="inline-block py-0.5 underline" href={`tel:${p.phone.replace(/[^+0-9]/g, "")}`}>{p.phone}</a></li>}
                    {p.chat_handle && <li>Chat: {p.chat_handle}</li>}
                  </ul>
                </td>
                <td data-label="Their local time" className={`${cell} whitespace-nowrap`}>
                  <LocalTime at={now} timeZone={p.time_zone} />
                  <div className="text-xs text-slate-600 dark:text-slate-300">{p.time_zone}</div>
                </td>
                <td data-label="Role" className={cell}>
                  {isAdmin ? <RoleForm person={p} /> : ROLE_LABELS[p.role]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin && (
        <div className="mt-8 max-w-3xl">
          <AddPersonForm />
        </div>
      )}
    </>
  );
}
