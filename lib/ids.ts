const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed uuid: checked before a query, so a mistyped URL is a 404 rather than a database error. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
