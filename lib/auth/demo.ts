// The demo sign-ins that supabase/seed.sql creates. Shown on the sign-in page only when the app
// runs on the local stack (lib/env: isLocalStack), never against a hosted project.
import type { AppRole } from "@/lib/people/roles";

export const DEMO_PASSWORD = "beacon-demo-password";

export const DEMO_SIGN_INS: { role: AppRole; name: string; email: string }[] = [
  { role: "responder", name: "Marcus Chen", email: "marcus@example.com" },
  { role: "lead", name: "Liam O'Brien", email: "liam@example.com" },
  { role: "admin", name: "Ana Souza", email: "ana@example.com" },
];
