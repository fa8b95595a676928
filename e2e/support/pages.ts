/** Every page behind sign-in, with its main heading: what a11y and screenshot specs walk. */
export const APP_PAGES = [
  { name: "home", path: "/", h1: /^Hello, / },
  { name: "incidents", path: "/incidents", h1: "Incidents" },
  // Seeded; no test changes it (incident tests declare their own).
  { name: "incident", path: "/incidents/INC-1", h1: "Checkout API returning 502s for some EU customers" },
  { name: "oncall", path: "/oncall", h1: "On call" },
  { name: "escalation", path: "/escalation", h1: "Escalation" },
  { name: "runbooks", path: "/runbooks", h1: "Runbooks" },
  { name: "runbook", path: "/runbooks/database-supabase-outage", h1: "Database or Supabase outage" },
  { name: "reviews", path: "/reviews", h1: "Reviews" },
  { name: "profile", path: "/profile", h1: "Your profile" },
  { name: "people", path: "/people", h1: "People" },
] as const;
