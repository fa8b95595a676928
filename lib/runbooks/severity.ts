// Severity codes runbooks may name. The incidents issue stores severities in the database;
// these codes are the seeded ones and what runbook frontmatter refers to.
export const SEVERITY_CODES = ["P0", "P1", "P2", "P3"] as const;
export type SeverityCode = (typeof SEVERITY_CODES)[number];
