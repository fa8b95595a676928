// Reviews for tests (unit and integration): a complete one, and ways to take parts away. Not used
// by the app.
import type { ActionItem, ReviewIncident, SectionContents } from "./model";

export const INCIDENT: ReviewIncident = {
  id: "00000000-0000-4000-8000-000000000001",
  number: 42,
  title: "Checkout API returning 502s",
  summary: "Some EU checkouts failed.",
  severity: "P1",
  status: "resolved",
  drill: false,
  service_ids: ["00000000-0000-4000-8000-0000000000a1"],
  commander_id: "demo-marcus",
  declared_by: "demo-marcus",
  acknowledged_by: "demo-sofia",
  started_at: "2026-11-23T14:00:00.000Z",
  detected_at: "2026-11-23T14:08:00.000Z",
  declared_at: "2026-11-23T14:10:00.000Z",
  acknowledged_at: "2026-11-23T14:13:00.000Z",
  mitigated_at: "2026-11-23T14:40:00.000Z",
  resolved_at: "2026-11-23T15:05:00.000Z",
  version: 7,
};

/** Every section filled in, for a review of `severity` that is ready to publish with one owned item. */
export function completeSections(severity = "P1"): SectionContents {
  return {
    summary: { text: "A deploy changed the load balancer's health check; EU checkouts failed for 40 minutes." },
    timeline: {
      time_zone: "Europe/Berlin",
      entries: [
        { id: "key:started_at", at: "2026-11-23T14:00:00.000Z", text: "Impact started", key: "started_at", source: "key_time", event_id: null },
        { id: "key:detected_at", at: "2026-11-23T14:08:00.000Z", text: "Detected", key: "detected_at", source: "key_time", event_id: null },
        { id: "key:resolved_at", at: "2026-11-23T15:05:00.000Z", text: "Resolved", key: "resolved_at", source: "key_time", event_id: null },
      ],
    },
    impact: {
      customer_impact: "About 8% of EU checkouts failed with a generic error.",
      affected: { who: "requests", kind: "percent", value: 8 },
      service_ids: ["00000000-0000-4000-8000-0000000000a1"],
      slo_breached: true,
      slo_details: "Checkout availability SLO (99.9%) breached for November.",
      severity_confirmed: severity,
    },
    root_cause: {
      trigger: "The 14:02 deploy of api.",
      root_causes: "The health check path changed without the load balancer's config.",
      contributing_factors: [{ id: "f1", category: "deployment", description: "No canary for eu-west." }],
      five_whys: ["Health checks failed", "The path moved"],
      detection_how: "Error-rate alert on checkout.",
      detection_sooner: "A synthetic check per region.",
    },
    action_items: { no_action_needed: false, no_action_reason: "" },
    lessons: {
      went_well: "Rollback took four minutes.",
      went_wrong: "The alert fired eight minutes after impact began.",
      lucky: "It happened outside the EU peak.",
    },
  };
}

export type ItemFixture = Pick<ActionItem, "title" | "owner_id" | "due_date" | "status">;

export const OWNED_ITEM: ItemFixture = { title: "Canary deploys for eu-west", owner_id: "demo-marcus", due_date: "2026-12-21", status: "open" };
