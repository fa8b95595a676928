import { ContactLinks } from "@/components/people/contact-links";
import type { Person } from "@/lib/people/person";

/** A person on call: name (or who the id was, if not visible), their contacts, and a short note. */
export function PersonLine({ id, people, note, label }: { id: string | null; people: Map<string, Person>; note?: string; label?: string }) {
  const person = id ? people.get(id) : undefined;
  return (
    <div className="min-w-0">
      {label && <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{label} </span>}
      {!id ? (
        <span className="text-slate-700 dark:text-slate-300">Nobody</span>
      ) : (
        <>
          <span className="font-medium">{person?.name ?? id}</span>
          {note && <span className="text-sm text-slate-600 dark:text-slate-300"> · {note}</span>}
          {person && (
            <div>
              <ContactLinks person={person} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
