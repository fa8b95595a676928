/** An IANA time zone this runtime knows (Europe/London, Australia/Lord_Howe, UTC…). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}
