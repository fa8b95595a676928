export const APP_ROLES = ["responder", "lead", "admin"] as const;
export type AppRole = (typeof APP_ROLES)[number];

export const ROLE_LABELS: Record<AppRole, string> = {
  responder: "Responder",
  lead: "Lead",
  admin: "Admin",
};

export const ROLE_HELP: Record<AppRole, string> = {
  responder: "Declares, acknowledges and works incidents; writes reviews.",
  lead: "Everything a responder does, plus rotations and the escalation matrix.",
  admin: "Everything a lead does, plus people's roles and services.",
};

/** Leads and admins edit on-call configuration (rotations, escalation, the checklist); the database says the same. */
export function editsOnCall(role: AppRole): boolean {
  return role === "lead" || role === "admin";
}
