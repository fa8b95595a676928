/** The app's sections, in navigation order. */
export const SECTIONS = [
  { href: "/incidents", label: "Incidents", blurb: "Declare, acknowledge, coordinate and resolve incidents." },
  { href: "/oncall", label: "On call", blurb: "Who is on call now, rotations and overrides." },
  { href: "/escalation", label: "Escalation", blurb: "Who to call, in what order, after how long." },
  { href: "/runbooks", label: "Runbooks", blurb: "Step-by-step guides for known problems." },
  { href: "/reviews", label: "Reviews", blurb: "Post-incident reviews and their action items." },
] as const;
