// An RFC 5545 (iCalendar) writer for published, read-only calendars. Pure: events in, text out.
//
// Times are written in UTC ("20260329T080000Z"). That is the simplest form that is correct
// across DST: an on-call block is a pair of instants, and a UTC instant needs no VTIMEZONE, which
// clients handle unevenly; every client shows UTC times in its viewer's own zone. A daily 09:00
// London handoff therefore reads 09:00Z in winter and 08:00Z in summer, and 09:00 on a London
// phone either way.

export interface IcsEvent {
  /** Globally unique and stable across fetches, so clients update an event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  /** A link to the event's page (a URI, not escaped as text). */
  url?: string;
}

export interface IcsCalendar {
  /** Shown as the calendar's name (X-WR-CALNAME and RFC 7986 NAME). */
  name: string;
  description?: string;
  /** How often clients should fetch again; those that honour a hint (Apple, Outlook) do. */
  refreshMinutes: number;
  events: readonly IcsEvent[];
  /** When this copy was made: every event's DTSTAMP. */
  now: Date;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as "\n".
 * Other control characters are not allowed in TEXT and are dropped (a tab is allowed and kept).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded to at most 75 octets per physical line (RFC 5545 3.1): each fold is
 * CRLF + a space, and the space counts. Folds fall between code points, never inside a UTF-8
 * sequence (an emoji's four octets stay on one line).
 */
export function foldLine(line: string): string {
  let out = "";
  let used = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (used + n > MAX_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

/** "20260329T080000Z". */
export function icsDateTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(e.start)}`,
    `DTEND:${icsDateTime(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  // Being on call is not a meeting: a week on call must not show the person as busy all week to
  // everyone looking for a free slot.
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  return lines;
}

/**
 * A whole VCALENDAR, CRLF line endings, every line folded. A calendar with no events is written
 * with no components: strictly RFC 5545 asks for one, but every client we know reads an empty
 * calendar as "nothing scheduled", which is the truth, and a made-up component would be a lie.
 */
export function toIcs(cal: IcsCalendar): string {
  const stamp = icsDateTime(cal.now);
  const refresh = `PT${Math.max(1, Math.round(cal.refreshMinutes))}M`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Beacon//On-call calendar feed//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `NAME:${escapeText(cal.name)}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`, `DESCRIPTION:${escapeText(cal.description)}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
