// Which constraint a failed write broke, for turning database errors into field messages.

export interface DbError {
  code?: string;
  message?: string;
  details?: string;
  hint?: string;
  /** node-postgres reports the constraint by name; PostgREST only inside the message. */
  constraint?: string;
}

/**
 * The constraint an error names: its own field, `… constraint "name"` in the text, or a message the
 * migration raised itself (RAISE … USING CONSTRAINT reaches PostgREST clients as the message alone,
 * so `raised` maps those messages to the name they stand for).
 */
export function constraintOf(err: DbError, raised: ReadonlyMap<string, string> = new Map()): string | null {
  if (err.constraint) return err.constraint;
  const text = [err.message, err.details, err.hint].filter(Boolean).join("\n");
  const named = /constraint "([^"]+)"/.exec(text);
  if (named) return named[1];
  return raised.get(err.message?.trim() ?? "") ?? null;
}
