// A review as markdown, in the order of the post-incident template in
// content/runbooks/running-a-post-incident-review.md: title, date, severity, duration, author;
// summary; impact; timeline; contributing factors (here: root cause); what went well / what was
// hard / where we were lucky; action items with owner, due date and ticket. Pure.
//
// For the UI: reviewToMarkdown({ incident, review, names }) → the file's text; name it
// reviewFileName(incident). People's own words go in as the markdown they typed; words put into
// tables are flattened to one line with pipes escaped, so a table cannot be broken by its content.
import { KEY_TIME_LABELS } from "@/lib/incidents/model";
import { formatDuration } from "@/lib/incidents/timers";
import { formatInTimeZone } from "@/lib/time/format";
import { isTimeZone } from "@/lib/time/zone";
import { computeDurations, DURATIONS, unknownReason } from "./durations";
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  FACTOR_CATEGORY_LABELS,
  REVIEW_STATE_LABELS,
  STEP_LABELS,
  type Affected,
  type ReviewDocument,
  type ReviewIncident,
} from "./model";

export interface ExportNames {
  person: (id: string) => string;
  service: (id: string) => string;
}

export interface ExportInput {
  incident: ReviewIncident;
  review: ReviewDocument;
  names: ExportNames;
}

const NOT_WRITTEN = "_Not written yet._";

/** Free text as written, or a visible gap. */
const prose = (s: string) => (/\S/.test(s) ? s.trim() : NOT_WRITTEN);
/** One table cell: one line, pipes escaped. */
const cell = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").replace(/\|/g, "\\|").trim() || " ";
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");

function affectedText(a: Affected | null): string {
  if (!a) return "Not known";
  return a.kind === "percent" ? `${a.value}% of ${a.who}` : `${a.value.toLocaleString("en")} ${a.who}`;
}

export function reviewFileName(incident: Pick<ReviewIncident, "number">): string {
  return `INC-${incident.number}-post-incident-review.md`;
}

export function reviewToMarkdown({ incident, review, names }: ExportInput): string {
  const s = Object.fromEntries(Object.entries(review.sections).map(([k, v]) => [k, v.content])) as {
    [K in keyof ReviewDocument["sections"]]: ReviewDocument["sections"][K]["content"];
  };
  const zone = isTimeZone(s.timeline.time_zone) ? s.timeline.time_zone : "UTC";
  const durations = computeDurations(s.timeline.entries);
  const total = durations.total.ms;
  const when = (iso: string | null) => (iso ? formatInTimeZone(new Date(iso), zone) : "—");
  const out: string[] = [];

  out.push(`# INC-${incident.number}: ${incident.title.trim()} — post-incident review`);
  // A plain quote: GitHub-style "> [!NOTE]" callouts are not rendered by our own markdown view (print).
  if (incident.drill) out.push("> **Drill:** this incident was a drill, not a real outage.");
  out.push(
    table(
      ["", ""],
      [
        ["Date", when(incident.started_at)],
        ["Severity", incident.severity],
        ["Duration", total === null ? "Not known" : formatDuration(total)],
        ["Author", review.created_by ? names.person(review.created_by) : "—"],
        ["State", review.state === "published" && review.published_at ? `Published ${when(review.published_at)}` : REVIEW_STATE_LABELS[review.state]],
      ],
    ),
  );

  out.push(`## ${STEP_LABELS.summary}`, prose(s.summary.text));

  out.push(`## ${STEP_LABELS.impact}`, prose(s.impact.customer_impact));
  out.push(
    [
      `- Affected: ${affectedText(s.impact.affected)}`,
      `- Services affected: ${s.impact.service_ids.length ? s.impact.service_ids.map(names.service).join(", ") : "None recorded"}`,
      `- SLA or SLO breached: ${s.impact.slo_breached === null ? "Not answered" : s.impact.slo_breached ? "Yes" : "No"}${/\S/.test(s.impact.slo_details) ? ` — ${cell(s.impact.slo_details)}` : ""}`,
      `- Severity: ${s.impact.severity_confirmed === incident.severity ? `${incident.severity}, confirmed` : `${incident.severity}, not confirmed yet`}`,
    ].join("\n"),
  );
  out.push(
    table(
      ["Measure", "Duration", "From → to"],
      DURATIONS.map((n) => {
        const d = durations[n];
        return [d.label, d.ms === null ? (unknownReason(d) ?? "") : formatDuration(d.ms), `${KEY_TIME_LABELS[d.from]} → ${KEY_TIME_LABELS[d.to]}`];
      }),
    ),
  );

  out.push(`## ${STEP_LABELS.timeline}`);
  if (s.timeline.entries.length === 0) out.push(NOT_WRITTEN);
  else {
    const head = zone === "UTC" ? ["Time (UTC)", "What happened"] : ["Time (UTC)", `Time (${zone})`, "What happened"];
    out.push(
      table(
        head,
        s.timeline.entries.map((e) => {
          const utc = e.at ? formatInTimeZone(new Date(e.at), "UTC") : "No time yet";
          const local = e.at ? formatInTimeZone(new Date(e.at), zone) : "No time yet";
          return zone === "UTC" ? [utc, e.text] : [utc, local, e.text];
        }),
      ),
    );
  }

  const rc = s.root_cause;
  out.push(`## ${STEP_LABELS.root_cause}`);
  out.push("### Trigger", prose(rc.trigger));
  out.push("### Root causes", prose(rc.root_causes));
  out.push(
    "### Contributing factors",
    rc.contributing_factors.length
      ? rc.contributing_factors.map((f) => `- **${FACTOR_CATEGORY_LABELS[f.category]}:** ${cell(f.description)}`).join("\n")
      : NOT_WRITTEN,
  );
  const whys = rc.five_whys.filter((w) => /\S/.test(w));
  if (whys.length) out.push("### Five whys", whys.map((w, i) => `${i + 1}. Why? ${cell(w)}`).join("\n"));
  out.push("### Detection", `How it was detected: ${prose(rc.detection_how)}`, `How it could have been detected sooner: ${prose(rc.detection_sooner)}`);

  out.push(`## ${STEP_LABELS.lessons}`);
  out.push("### What went well", prose(s.lessons.went_well));
  out.push("### What went wrong", prose(s.lessons.went_wrong));
  out.push("### Where we got lucky", prose(s.lessons.lucky));

  out.push(`## ${STEP_LABELS.action_items}`);
  if (review.action_items.length) {
    out.push(
      table(
        ["Action", "Owner", "Due", "Priority", "Type", "Status", "Ticket"],
        review.action_items.map((a) => [
          a.title,
          a.owner_id ? names.person(a.owner_id) : "No owner",
          a.due_date ?? "No date",
          ACTION_PRIORITY_LABELS[a.priority],
          ACTION_TYPE_LABELS[a.type],
          ACTION_STATUS_LABELS[a.status],
          a.tracker_url ? `<${a.tracker_url}>` : "—",
        ]),
      ),
    );
  } else if (s.action_items.no_action_needed) {
    out.push(`No action needed: ${prose(s.action_items.no_action_reason)}`);
  } else out.push(NOT_WRITTEN);

  return `${out.join("\n\n")}\n`;
}
