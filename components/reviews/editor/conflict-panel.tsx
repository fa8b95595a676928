"use client";
// Someone else saved the section this person is typing in. Nothing is sent until they choose:
// their words and these are shown side by side, field by field.
import { Button } from "@/components/ui/button";
import { useNow } from "@/components/ui/use-now";
import { formatDuration } from "@/lib/incidents/timers";
import type { Section } from "@/lib/reviews/model";
import { differences } from "@/lib/reviews/section-diff";
import type { SectionSync } from "./section-sync";
import { useSection } from "./use-review-sync";

const human = (path: string) => {
  const parts = path.split(".").filter((p) => !/^(\d+|key:.*|event:.*|[0-9a-f-]{20,})$/.test(p));
  return parts.map((p) => p.replaceAll("_", " ")).join(" › ").replace(/^./, (c) => c.toUpperCase()) || "Entry";
};

export function ConflictPanel<S extends Section>({ sync }: { sync: SectionSync<S> }) {
  const { conflict, remote } = useSection(sync);
  const now = useNow(5000);
  const ago = (at: string) => `${formatDuration(Math.max(0, now.getTime() - Date.parse(at)))} ago`;

  if (!conflict) {
    if (!remote) return null;
    return (
      <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        {remote.by} is editing this section too (saved {ago(remote.at)}). If you change it now, you will be shown both versions before anything is overwritten.
      </div>
    );
  }
  const diffs = differences(conflict.theirs.content, conflict.mine);
  return (
    <section
      aria-labelledby="conflict-title"
      role="alert"
      className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h3 id="conflict-title" className="font-semibold">
        Changed by {conflict.by} {ago(conflict.theirs.updated_at)}
      </h3>
      <p className="text-sm">Nothing was overwritten. Your words are kept on this device until you choose which version to keep.</p>
      {diffs.length > 0 && (
        <div className="space-y-2">
          {diffs.slice(0, 12).map((d) => (
            <div key={d.path} className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <p className="font-medium">Theirs — {human(d.path)}</p>
                <p data-testid="conflict-theirs" className="whitespace-pre-wrap rounded border border-red-200 bg-white p-2 text-slate-900 dark:border-red-800 dark:bg-slate-900 dark:text-slate-100">
                  {d.theirs || "(empty)"}
                </p>
              </div>
              <div>
                <p className="font-medium">Yours — {human(d.path)}</p>
                <p data-testid="conflict-mine" className="whitespace-pre-wrap rounded border border-red-200 bg-white p-2 text-slate-900 dark:border-red-800 dark:bg-slate-900 dark:text-slate-100">
                  {d.mine || "(empty)"}
                </p>
              </div>
            </div>
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => sync.keepMine()}>
          Keep mine
        </Button>
        <Button type="button" variant="secondary" onClick={() => sync.takeTheirs()}>
          Take theirs
        </Button>
      </div>
      <p className="text-xs">Keep mine saves your version over theirs; copy anything of theirs into yours first if you need both.</p>
    </section>
  );
}
