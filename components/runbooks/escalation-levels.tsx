import Link from "next/link";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { describeTarget, escalationForServices } from "@/lib/escalation/queries";

/** Who to call for a runbook's services, level by level, from the escalation policies. */
export async function EscalationLevels({ services }: { services: readonly string[] }) {
  const me = await requirePerson();
  const rows = await escalationForServices(await dbAs(me), services).catch(() => null);
  if (!rows) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Could not load the escalation levels right now.</p>;
  }
  return (
    <section aria-labelledby="escalation-title" className="no-print space-y-2 text-sm">
      <h2 id="escalation-title" className="font-semibold">
        Who to call
      </h2>
      {rows.map((s) => (
        <div key={s.slug}>
          <p className="font-medium">{s.name}</p>
          {s.policies.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">No escalation policy yet.</p>
          ) : (
            s.policies.map((p) => (
              <div key={p.severity ?? "all"} className="mt-1">
                {s.policies.length > 1 && (
                  <p className="text-xs text-slate-600 dark:text-slate-400">{p.severity ? `For ${p.severity}` : "Every other severity"}</p>
                )}
                <ol className="list-decimal space-y-0.5 pl-5">
                  {p.levels.map((l) => (
                    <li key={l.level}>
                      {describeTarget(l)}
                      <span className="text-slate-600 dark:text-slate-400">
                        {" "}
                        · {l.repeat_count ? `paged ${l.repeat_count + 1} times, ` : ""}next level after {l.wait_minutes} min
                      </span>
                    </li>
                  ))}
                </ol>
              </div>
            ))
          )}
        </div>
      ))}
      <Link href="/escalation" className="underline">
        Escalation matrix
      </Link>
    </section>
  );
}
