import type { Person } from "@/lib/people/person";

/** How to reach someone right now: call, email, chat — links big enough to tap. */
export function ContactLinks({ person }: { person: Person }) {
  return (
    <span className="inline-flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {person.phone && (
        <a className="inline-block py-0.5 underline" href={`tel:${person.phone.replace(/[^+0-9]/g, "")}`}>
          Call<span className="sr-only"> {person.name}</span>
        </a>
      )}
      <a className="inline-block py-0.5 underline" href={`mailto:${person.email}`}>
        Email<span className="sr-only"> {person.name}</span>
      </a>
      {person.chat_handle && <span className="py-0.5 text-slate-700 dark:text-slate-300">Chat {person.chat_handle}</span>}
    </span>
  );
}
