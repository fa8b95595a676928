"use client";
import { isMajor, STEP_GUIDANCE, STEP_LABELS, type ActionItem } from "@/lib/reviews/model";
import { LIMITS } from "@/lib/reviews/schema";
import type { Person } from "@/lib/people/person";
import { ActionItemRow } from "./action-item-row";
import { AddActionItem } from "./add-action-item";
import type { SectionSync } from "./section-sync";
import { LongText, StepIntro } from "./fields";
import { useSection } from "./use-review-sync";

export function ActionItemsStep({
  sync,
  reviewId,
  items,
  setItems,
  severity,
  today,
  people,
}: {
  sync: SectionSync<"action_items">;
  reviewId: string;
  items: ActionItem[];
  setItems: (update: (items: ActionItem[]) => ActionItem[]) => void;
  severity: string;
  today: string;
  people: Person[];
}) {
  const { content, errors } = useSection(sync);
  return (
    <section aria-labelledby="step-action_items" className="space-y-6">
      <StepIntro id="step-action_items" title={STEP_LABELS.action_items} guidance={STEP_GUIDANCE.action_items} />
      {items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No action items yet.</p>
      ) : (
        <ul className="space-y-4" aria-label="Action items">
          {items.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              people={people}
              onChanged={(saved) => setItems((all) => all.map((i) => (i.id === saved.id ? saved : i)))}
              onRemoved={(id) => setItems((all) => all.filter((i) => i.id !== id))}
            />
          ))}
        </ul>
      )}
      <AddActionItem key={severity} reviewId={reviewId} severity={severity} today={today} people={people} onAdded={(item) => setItems((all) => [...all, item])} />
      {!isMajor(severity) && items.length === 0 && (
        <div className="space-y-3">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={content.no_action_needed} onChange={(e) => sync.edit({ ...content, no_action_needed: e.target.checked })} />
            No action needed
          </label>
          {content.no_action_needed && (
            <LongText id="no-action-reason" label="Why no action is needed" rows={2} maxLength={LIMITS.shortText} value={content.no_action_reason} error={errors.no_action_reason} onChange={(v) => sync.edit({ ...content, no_action_reason: v })} />
          )}
        </div>
      )}
    </section>
  );
}
