// Reads every runbook file in content/runbooks. No server-only guard: the tests and
// `npm run bench` read them too. The app goes through load.ts, which caches.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseRunbook, type Runbook } from "./parse";

// The paths are spelled out in each call (not passed in) so the bundler can see they stay inside
// content/runbooks and traces only that folder into the server build.
export function readRunbooks(): { runbooks: Runbook[]; problems: string[] } {
  const runbooks: Runbook[] = [];
  const problems: string[] = [];
  const names = readdirSync(path.join(process.cwd(), "content", "runbooks"));
  for (const name of names.filter((f) => f.endsWith(".md")).sort()) {
    const source = readFileSync(path.join(process.cwd(), "content", "runbooks", name), "utf8");
    const r = parseRunbook(`content/runbooks/${name}`, source);
    if (r.ok) runbooks.push(r.runbook);
    else problems.push(...r.problems);
  }
  return { runbooks, problems };
}
