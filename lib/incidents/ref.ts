// INC-42: the short reference people say out loud and put in URLs.
export function incidentRef(number: number): string {
  return `INC-${number}`;
}

/** The incident number in a reference (case-insensitive, "42" alone accepted); null when it is not one. */
export function parseIncidentRef(ref: string): number | null {
  const m = /^(?:inc-)?([1-9][0-9]{0,14})$/i.exec(ref.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : null;
}
