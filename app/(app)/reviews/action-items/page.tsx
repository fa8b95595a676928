import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { ActionItemRows } from "@/components/reviews/action-item-rows";
import { ReviewsTabs } from "@/components/reviews/reviews-tabs";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { listServices } from "@/lib/incidents/queries";
import { listPeople } from "@/lib/people/queries";
import {
  actionItemFilters,
  actionItemsHref,
  parseActionItemView,
  STATUS_CHOICES,
  type ActionItemView,
  type StatusChoice,
} from "@/lib/reviews/list-filters";
import { ACTION_STATUS_LABELS, isOverdue, todayIn } from "@/lib/reviews/model";
import { listActionItems } from "@/lib/reviews/queries";

export const metadata = { title: "Action items" };

const STATUS_TEXT: Record<StatusChoice, string> = {
  unfinished: "Still to do (open or in progress)",
  all: "Any status",
  ...ACTION_STATUS_LABELS,
};
const LABEL = "block text-sm font-medium";

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePerson();
  const view = parseActionItemView(await searchParams);
  const db = await dbAs(me);
  const today = todayIn(me.time_zone);
  const [items, people, services] = await Promise.all([listActionItems(db, actionItemFilters(view), today), listPeople(db), listServices(db)]);
  const names = Object.fromEntries(people.map((p) => [p.id, p.name]));
  const overdue = items.filter((i) => isOverdue(i, today)).length;
  const filtered = view.owner !== "" || view.status !== "unfinished" || view.service !== "";
  const mine = view.owner === me.id;

  return (
    <>
      <PageHeader
        title="Action items"
        description="The changes post-incident reviews asked for, across every incident. Overdue items come first."
      />
      <ReviewsTabs current="action-items" />

      <nav aria-label="Whose action items" className="mb-3 flex gap-2">
        {[false, true].map((m) => (
          <Link
            key={String(m)}
            href={actionItemsHref({ ...view, owner: m ? me.id : "" })}
            aria-current={mine === m ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${
              mine === m
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {m ? "Mine" : "Everyone's"}
          </Link>
        ))}
      </nav>

      {/* A plain GET form: the filters are the URL, and they work before any script has loaded.
          Keyed by the URL so the selects show the filters after "Mine" or "Clear" changed them. */}
      <form key={actionItemsHref(view)} role="search" aria-label="Filter action items" action="/reviews/action-items" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          name="owner"
          label="Owner"
          value={view.owner}
          choices={[["", "Anyone"], ...people.map((p): Choice => [p.id, p.id === me.id ? `${p.name} (you)` : p.name])]}
        />
        <FilterSelect name="status" label="Status" value={view.status} choices={STATUS_CHOICES.map((s): Choice => [s, STATUS_TEXT[s]])} />
        <FilterSelect name="service" label="Service" value={view.service} choices={[["", "Any service"], ...services.map((s): Choice => [s.id, s.name])]} />
        <div className="flex items-end gap-2">
          <Button type="submit">Apply filters</Button>
          {filtered && (
            <Link href="/reviews/action-items" className="inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium underline">
              Clear
            </Link>
          )}
        </div>
      </form>

      {items.length === 0 ? (
        <EmptyState title={filtered ? "No action items match these filters" : "Nothing left to do"}>
          <p>
            {filtered ? (
              <>
                Try another owner, status or service, or{" "}
                <Link href="/reviews/action-items" className="font-medium underline">
                  show everyone&rsquo;s unfinished items
                </Link>
                .
              </>
            ) : (
              "Every action item from every review is done or set aside. New ones are added in a review's Action items step."
            )}
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            {items.length === 1 ? "1 action item" : `${items.length} action items`}
            {overdue > 0 && <span className="font-semibold text-red-700 dark:text-red-300">, {overdue} overdue</span>}. Due dates
            count from today in your zone ({me.time_zone}).
          </p>
          <div className="relative rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Action items, overdue first, then by due date</caption>
              <thead className="bg-slate-50 text-slate-700 max-sm:sr-only dark:bg-slate-900 dark:text-slate-200">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Action</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Incident</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Owner</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Due</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Priority</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Type</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                <ActionItemRows items={items} names={names} today={today} />
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

type Choice = [value: string, label: string];

function FilterSelect({ name, label, value, choices }: { name: keyof ActionItemView; label: string; value: string; choices: Choice[] }) {
  const id = `f-${name}`;
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} className={selectClass} defaultValue={value}>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
