// What a new review starts with, from what the system already knows about the incident: the
// timeline (lib/reviews/timeline.ts), the incident's summary as a first draft of the review's, and
// its services as the services affected. Severity is left unconfirmed on purpose: confirming it is
// a decision the team makes in the Impact step.
//
// Done in TypeScript rather than in start_review's SQL: the words for key times and events are the
// app's (lib/incidents/model.ts labels), and a pure function is tested table by table. The database
// still checks every section's shape (private.review_content_ok).
import type { TimelineEvent } from "@/lib/incidents/model";
import { emptySection, type ReviewIncident, type SectionContents } from "./model";
import { LIMITS } from "./schema";
import { prefillTimeline } from "./timeline";

export function prefillSections(
  incident: ReviewIncident,
  events: readonly Pick<TimelineEvent, "id" | "at" | "kind" | "data" | "body" | "pinned" | "deleted_at">[],
  timeZone: string,
): SectionContents {
  return {
    summary: { text: incident.summary.trim().slice(0, LIMITS.longText) },
    timeline: { time_zone: timeZone, entries: prefillTimeline(incident, events) },
    impact: { ...emptySection("impact"), service_ids: incident.service_ids.slice(0, LIMITS.services) },
    root_cause: emptySection("root_cause"),
    action_items: emptySection("action_items"),
    lessons: emptySection("lessons"),
  };
}
