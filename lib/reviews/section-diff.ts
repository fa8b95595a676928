// What differs between two versions of a section, as the words a person compares when someone
// else saved first: each text (and each list entry's text) that is not the same in both. Pure.

export interface TextDifference {
  /** "text", "entries.2.text", "five_whys.0" — where it is in the content. */
  path: string;
  theirs: string;
  mine: string;
}

/** Every leaf as text, by path; list entries with an id are keyed by it, so a reorder is no change. */
export function flattenContent(content: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string) => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        const id = x && typeof x === "object" && "id" in x && typeof (x as { id: unknown }).id === "string" ? (x as { id: string }).id : String(i);
        walk(x, path ? `${path}.${id}` : id);
      });
      return;
    }
    if (typeof v === "object") {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (k !== "id") walk(x, path ? `${path}.${k}` : k);
      return;
    }
    out.set(path, String(v));
  };
  walk(content, prefix);
  return out;
}

export function differences(theirs: unknown, mine: unknown): TextDifference[] {
  const a = flattenContent(theirs);
  const b = flattenContent(mine);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => (a.get(p) ?? "") !== (b.get(p) ?? ""))
    .map((path) => ({ path, theirs: a.get(path) ?? "", mine: b.get(path) ?? "" }));
}
