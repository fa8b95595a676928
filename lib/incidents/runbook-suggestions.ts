// Which runbooks fit an incident: those about its services and its severity first. Pure.
export interface RunbookSummary {
  slug: string;
  title: string;
  summary: string;
  services: readonly string[];
  severities: readonly string[];
  steps: string[];
}

export interface Suggestion {
  slug: string;
  title: string;
  summary: string;
  /** Why it is suggested, in words: "about API, for P1". */
  why: string;
}

const TEMPLATE = "runbook-template";

export function suggestRunbooks(
  runbooks: RunbookSummary[],
  incident: { serviceSlugs: string[]; severity: string },
  attached: ReadonlySet<string>,
  limit = 3,
): Suggestion[] {
  return runbooks
    .filter((r) => r.slug !== TEMPLATE && !attached.has(r.slug))
    .map((r) => {
      const services = r.services.filter((s) => incident.serviceSlugs.includes(s));
      const forSeverity = r.severities.includes(incident.severity);
      // A shared service matters more than a shared severity: the database runbook helps any
      // database incident, while every P1 runbook is not about this P1.
      const score = services.length * 2 + (forSeverity ? 1 : 0);
      const why = [services.length ? `about ${services.join(", ")}` : "", forSeverity ? `for ${incident.severity}` : ""]
        .filter(Boolean)
        .join(", ");
      return { r, score, why };
    })
    .filter((x) => x.score > 0)
    // Among equals, the more specific runbook first: one about the database alone beats the
    // incident process, which is about every service.
    .sort((a, b) => b.score - a.score || a.r.services.length - b.r.services.length || a.r.title.localeCompare(b.r.title))
    .slice(0, limit)
    .map(({ r, why }) => ({ slug: r.slug, title: r.title, summary: r.summary, why }));
}

/** Whether the runbook's checklist today differs from the one attached to the incident. */
export function checklistChanged(attached: readonly string[], current: readonly string[] | null): boolean {
  if (!current) return true;
  return attached.length !== current.length || attached.some((s, i) => s !== current[i]);
}
