// What a runbook file must declare about itself. Pure: the same schema checks the files in
// `npm test` and in the build, and formats problems as `file: field: what is wrong`.
import { z } from "zod";
import { SEVERITY_CODES } from "./severity";

const SERVICES = ["api", "web", "auth", "database"] as const;

/** "90d", "12w", "6m": how often a runbook must be re-read. */
export const reviewEverySchema = z
  .string({ error: "must be a number followed by d, w or m, e.g. 90d" })
  .regex(/^[1-9]\d{0,3}[dwm]$/, { error: "must be a number followed by d, w or m, e.g. 90d" });

const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: "is not a real calendar date",
  });

const nonEmptyList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list, e.g. [${what}]` }).min(1, { error: `needs at least one entry, e.g. [${what}]` });

export const frontmatterSchema = z.strictObject(
  {
    title: z.string({ error: "is missing" }).trim().min(1, { error: "is empty" }).max(120, { error: "is longer than 120 characters" }),
    summary: z.string({ error: "is missing" }).trim().min(1, { error: "is empty" }).max(300, { error: "is longer than 300 characters" }),
    services: nonEmptyList(z.enum(SERVICES, { error: `must be one of ${SERVICES.join(", ")}` }), "api, database"),
    severities: nonEmptyList(z.enum(SEVERITY_CODES, { error: `must be one of ${SEVERITY_CODES.join(", ")}` }), "P0, P1"),
    owner: z.string({ error: "is missing (a team or a person)" }).trim().min(1, { error: "is empty" }).max(80),
    last_reviewed: isoDate,
    review_every: reviewEverySchema,
    tags: nonEmptyList(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lowercase words or-dashes" }), "database, outage"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : undefined) },
);

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** One line per problem, the way the build and the tests print them. */
export function frontmatterProblems(file: string, data: unknown): string[] {
  const r = frontmatterSchema.safeParse(data);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const field = i.path.length ? i.path.map(String).join(".") : "frontmatter";
    return `${file}: ${field}: ${i.message}`;
  });
}

/** The day a runbook's next review is due (UTC date). */
export function reviewDueOn(lastReviewed: string, every: string): Date {
  const due = new Date(`${lastReviewed}T00:00:00Z`);
  const n = Number(every.slice(0, -1));
  const unit = every.at(-1);
  if (unit === "d") due.setUTCDate(due.getUTCDate() + n);
  else if (unit === "w") due.setUTCDate(due.getUTCDate() + 7 * n);
  else due.setUTCMonth(due.getUTCMonth() + n);
  return due;
}

export function isReviewOverdue(fm: Pick<Frontmatter, "last_reviewed" | "review_every">, now: Date): boolean {
  return reviewDueOn(fm.last_reviewed, fm.review_every).getTime() <= now.getTime();
}
