import { ContactLinks } from "@/components/people/contact-links";
import { describeTarget, type EscalationLevel } from "@/lib/escalation/queries";
import type { Person } from "@/lib/people/person";

const muted = "text-slate-600 dark:text-slate-300";

/** One escalation level: what it pages, who that is right now with contacts, and its timing. */
export function Level({ level, resolved, people }: { level: EscalationLevel; resolved: string[]; people: Map<string, Person> }) {
  return (
    <div className="space-y-1">
      <p className="font-medium">{describeTarget(level)}</p>
      {resolved.length === 0 ? (
        <p className="text-amber-900 dark:text-amber-200">Nobody right now</p>
      ) : (
        <ul className="space-y-1">
          {resolved.map((id) => {
            const person = people.get(id);
            return (
              <li key={id}>
                → {person?.name ?? id}
                {person && (
                  <div className="pl-4">
                    <ContactLinks person={person} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className={`text-xs ${muted}`}>
        {level.repeat_count ? `Paged ${level.repeat_count + 1} times, ` : "Paged once, "}
        {level.wait_minutes} min apart · next level after {level.wait_minutes * (level.repeat_count + 1)} min
      </p>
    </div>
  );
}
