// Times are stored in UTC and shown in the viewer's time zone. Intl does the zone math, so a
// person in Asia/Kolkata sees +05:30 and a person in Australia/Lord_Howe sees +10:30/+11.

// Making an Intl.DateTimeFormat costs far more than formatting with one (a page showing 80 times
// spent ~25 ms making them), and there are only so many zones: one per zone and style, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withZone: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withZone}`;
  let f = formatters.get(key);
  if (!f) {
    // Throws RangeError for an unknown zone, before anything is cached.
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZoneName: withZone ? "short" : undefined,
    });
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

export function formatInTimeZone(at: Date, timeZone: string, withZone = true): string {
  const parts = formatter(timeZone, withZone).formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  const zone = withZone ? ` ${timeZone === "UTC" ? "UTC" : get("timeZoneName")}` : "";
  return `${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}${zone}`;
}
