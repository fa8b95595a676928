// Reads an iCalendar feed the way a calendar app would: with a real parser (ical.js), not ours.
// Shared by the unit tests of the writer and the browser tests that download a feed.
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  start: Date;
  end: Date;
  /** DTSTART as written, e.g. "2026-03-29T08:00:00Z" (ical.js's form). */
  startText: string;
  summary: string;
  description: string | null;
  url: string | null;
}

export interface ParsedCalendar {
  name: string;
  props: Record<string, string>;
  events: ParsedEvent[];
}

// RFC 7986's NAME and the de-facto X-WR-CALNAME/X-WR-CALDESC are text; ical.js does not know them
// and would hand back their escapes raw.
for (const name of ["name", "x-wr-calname", "x-wr-caldesc"]) ICAL.design.icalendar.property[name] ??= { defaultType: "text" };

export function parseIcs(text: string): ParsedCalendar {
  const cal = new ICAL.Component(ICAL.parse(text));
  const props: Record<string, string> = {};
  for (const p of cal.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const events = cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      startText: e.startDate.toString(),
      summary: e.summary,
      description: e.description,
      url: (v.getFirstPropertyValue("url") as string | null) ?? null,
    };
  });
  return { name: props["x-wr-calname"], props, events };
}

/** Physical lines of a feed, checking the framing every client relies on: CRLF endings only. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith("\r\n")) throw new Error("a feed ends with CRLF");
  const lines = text.slice(0, -2).split("\r\n");
  const bare = lines.find((l) => /[\r\n]/.test(l));
  if (bare !== undefined) throw new Error(`bare CR or LF in ${JSON.stringify(bare)}`);
  return lines;
}
