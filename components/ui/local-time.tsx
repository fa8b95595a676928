import { formatInTimeZone } from "@/lib/time/format";

/**
 * A moment shown in the viewer's time zone, with the UTC time on hover and for screen readers
 * via the <time> element's title and datetime.
 */
export function LocalTime({ at, timeZone, withZone = true }: { at: Date; timeZone: string; withZone?: boolean }) {
  const local = formatInTimeZone(at, timeZone, withZone);
  const utc = formatInTimeZone(at, "UTC", true);
  return (
    <time dateTime={at.toISOString()} title={utc}>
      {local}
    </time>
  );
}
