import { describe, expect, it } from "vitest";
import { parseIcs, physicalLines } from "@/tests/support/ics";
import { escapeText, foldLine, icsDateTime, toIcs, type IcsEvent } from "./ical";

const now = new Date("2026-11-23T12:34:56.789Z");
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "oncall-r1-20261123T090000Z@beacon",
  start: new Date("2026-11-23T09:00:00Z"),
  end: new Date("2026-11-24T09:00:00Z"),
  summary: "On call: API primary (Marcus Chen)",
  ...over,
});
const feed = (events: IcsEvent[], name = "API primary on call") => toIcs({ name, refreshMinutes: 60, events, now });
const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("iCalendar writer", () => {
  it("writes a calendar a real parser reads: the headers, then each event with UTC instants", () => {
    const text = feed([event({ description: "Marcus Chen: rotation\nSecondary: Hannah", url: "https://beacon.example.com/oncall/r1" }), event({ uid: "two@beacon", start: new Date("2026-11-24T09:00:00Z"), end: new Date("2026-11-25T09:00:00Z") })]);
    const lines = physicalLines(text);
    expect(lines.slice(0, 5)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beacon//On-call calendar feed//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]);
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT60M");
    expect(lines).toContain("X-PUBLISHED-TTL:PT60M");
    expect(lines).toContain("DTSTART:20261123T090000Z");
    expect(lines).toContain("DTSTAMP:20261123T123456Z");
    expect(lines.at(-1)).toBe("END:VCALENDAR");

    const cal = parseIcs(text);
    expect(cal.name).toBe("API primary on call");
    expect(cal.props).toMatchObject({ version: "2.0", calscale: "GREGORIAN", method: "PUBLISH" });
    expect(cal.events).toEqual([
      {
        uid: "oncall-r1-20261123T090000Z@beacon",
        start: new Date("2026-11-23T09:00:00Z"),
        end: new Date("2026-11-24T09:00:00Z"),
        startText: "2026-11-23T09:00:00Z",
        summary: "On call: API primary (Marcus Chen)",
        description: "Marcus Chen: rotation\nSecondary: Hannah",
        url: "https://beacon.example.com/oncall/r1",
      },
      expect.objectContaining({ uid: "two@beacon", start: new Date("2026-11-24T09:00:00Z"), description: null, url: null }),
    ]);
  });

  it("an empty feed is still a calendar (nothing scheduled)", () => {
    const cal = parseIcs(feed([]));
    expect(cal.events).toEqual([]);
    expect(cal.name).toBe("API primary on call");
  });

  it("escapes backslash, semicolon, comma and line breaks in text, and drops other control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg\th\u0007i")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng\th" + "i");
    // The writer's own escapes read back as the original text through a real parser.
    const awkward = "Lee, Marcus; \"Mo\" \\ O'Brien\nsecond line";
    const cal = parseIcs(feed([event({ summary: `On call: ${awkward}`, description: awkward })], `Nights, ops; \\ team`));
    expect(cal.events[0].summary).toBe(`On call: ${awkward}`);
    expect(cal.events[0].description).toBe(awkward);
    expect(cal.name).toBe("Nights, ops; \\ team");
    expect(cal.props.name).toBe("Nights, ops; \\ team");
  });

  it("folds long lines at 75 octets, never inside a UTF-8 sequence, and the parser gets the text back whole", () => {
    const long = `${"Ünïcödé ".repeat(12)}🚨🧑‍🚒 ${"x".repeat(70)} 漢字かな ${"🔥".repeat(30)} end`;
    const text = feed([event({ summary: long, description: long.repeat(3) })], `Équipe 🚒 ${"nuit ".repeat(20)}`);
    const lines = physicalLines(text);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A split sequence would have been written as U+FFFD; none is.
      expect(line).not.toContain("\uFFFD");
      expect(line).toBe(Buffer.from(line, "utf8").toString("utf8"));
    }
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(5);
    const cal = parseIcs(text);
    expect(cal.events[0].summary).toBe(long);
    expect(cal.events[0].description).toBe(long.repeat(3));
    expect(cal.name).toBe(`Équipe 🚒 ${"nuit ".repeat(20)}`);
  });

  it("fills each folded line as far as it may: 75 octets, a continuation's leading space included", () => {
    // 308 octets: 75, then 74 after each leading space, and the 11 left over.
    const folded = foldLine(`SUMMARY:${"a".repeat(300)}`).split("\r\n");
    expect(folded.map(octets)).toEqual([75, 75, 75, 75, 12]);
    expect(folded.slice(1).every((l) => l.startsWith(" ") && !l.startsWith("  "))).toBe(true);
    // A four-octet emoji that would cross the limit moves to the next line whole.
    const emoji = foldLine(`${"a".repeat(73)}🔥`).split("\r\n");
    expect(emoji).toEqual(["a".repeat(73), " 🔥"]);
    expect(foldLine("short")).toBe("short");
  });

  it("writes instants as UTC date-times", () => {
    expect(icsDateTime(new Date("2026-03-29T08:00:00.000Z"))).toBe("20260329T080000Z");
    expect(icsDateTime(new Date("2026-10-25T09:00:59.999Z"))).toBe("20261025T090059Z");
  });
});
