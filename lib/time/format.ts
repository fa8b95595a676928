// Times are stored in UTC and shown in the viewer's time zone. Intl does the zone math, so a
// person in Asia/Kolkata sees +05:30 and a person in Australia/Lord_Howe sees +10:30/+11.
export function formatInTimeZone(at: Date, timeZone: string, withZone = true): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZoneName: withZone ? "short" : undefined,
  }).formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  const zone = withZone ? ` ${timeZone === "UTC" ? "UTC" : get("timeZoneName")}` : "";
  return `${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}${zone}`;
}
