// The incident list's filters live in the URL, so a filtered list can be bookmarked and shared.
// People edit URLs by hand: anything that does not parse is dropped without a word, and the list
// shows what the remaining filters select.
import { isTimeZone } from "@/lib/time/zone";
import { dateOfDayNumber, dayNumberOf, zonedWallTimeToInstant } from "@/lib/oncall/zoned-time";
import { INCIDENT_STATUSES, type IncidentStatus } from "./model";

export const SEARCH_MAX = 200;
export const PAGE_SIZE_MAX = 100; // list_incidents clamps to the same bound

export interface IncidentFilters {
  q?: string;
  status?: IncidentStatus[];
  severity?: string[];
  service?: string; // uuid
  commander?: string; // person id
  drill?: boolean;
  from?: string; // yyyy-mm-dd, in the viewer's zone
  to?: string; // yyyy-mm-dd, inclusive
  mine?: boolean;
  after?: string; // cursor from encodeCursor
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Repeated params and comma lists both work: ?status=a&status=b and ?status=a,b. */
const listOf = (params: Params, key: string) =>
  valuesOf(params, key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);

const first = (params: Params, key: string) => valuesOf(params, key)[0]?.trim() ?? "";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEVERITY = /^P[0-9]$/;
// Person ids are opaque text (better-auth ids, "demo-ana" in the seed); refuse only what no id is.
const PERSON_ID = /^\S{1,200}$/;

function parseBoolean(text: string): boolean | undefined {
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  return undefined;
}

/** Code points, not UTF-16 units, so capping never splits an emoji in half. */
const cap = (text: string, max: number) => Array.from(text).slice(0, max).join("");

export function parseIncidentFilters(params: Params): IncidentFilters {
  const f: IncidentFilters = {};
  const q = cap(first(params, "q"), SEARCH_MAX).trim();
  if (q) f.q = q;

  // Kept in a fixed order, so the same choice always makes the same URL.
  const statuses = new Set(listOf(params, "status").map((s) => s.toLowerCase()));
  const status = INCIDENT_STATUSES.filter((s) => statuses.has(s));
  if (status.length) f.status = status;

  const severity = [...new Set(listOf(params, "severity").map((s) => s.toUpperCase()))].filter((s) => SEVERITY.test(s)).sort();
  if (severity.length) f.severity = severity;

  const service = first(params, "service").toLowerCase();
  if (UUID.test(service)) f.service = service;

  const commander = first(params, "commander");
  if (PERSON_ID.test(commander)) f.commander = commander;

  const drill = parseBoolean(first(params, "drill"));
  if (drill !== undefined) f.drill = drill;

  const from = first(params, "from");
  if (dayNumberOf(from) !== null) f.from = from;
  const to = first(params, "to");
  if (dayNumberOf(to) !== null) f.to = to;

  // "mine=false" is the default, so only true is kept.
  if (parseBoolean(first(params, "mine"))) f.mine = true;

  const after = first(params, "after");
  if (decodeCursor(after)) f.after = after;
  return f;
}

/** The filters as URL params, in a stable order, leaving out what is empty. */
export function filtersToSearchParams(f: IncidentFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q?.trim()) p.set("q", f.q.trim());
  if (f.status?.length) p.set("status", f.status.join(","));
  if (f.severity?.length) p.set("severity", f.severity.join(","));
  if (f.service) p.set("service", f.service);
  if (f.commander) p.set("commander", f.commander);
  if (f.drill !== undefined) p.set("drill", String(f.drill));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.mine) p.set("mine", "true");
  if (f.after) p.set("after", f.after);
  return p;
}

// ── Keyset cursor: where the previous page ended, in list_incidents' sort order. ──

export interface ListCursor {
  open: boolean;
  declared_at: string;
  number: number;
}

// Postgres timestamps carry microseconds; a JavaScript Date keeps milliseconds. The cursor keeps
// the text as the database gave it, or a page boundary between two incidents declared in the same
// millisecond would skip or repeat one.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

const toBase64Url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** An opaque, URL-safe token for the row a page ended on. */
export function encodeCursor(c: ListCursor): string {
  return toBase64Url(JSON.stringify([c.open ? 1 : 0, c.declared_at, c.number]));
}

/** The row a cursor names, or null for anything that is not one of ours (edited, truncated, old). */
export function decodeCursor(s: string): ListCursor | null {
  if (!s || s.length > 200 || !/^[A-Za-z0-9_-]+$/.test(s)) return null;
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(s));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [open, declaredAt, number] = value as unknown[];
  if (open !== 0 && open !== 1) return null;
  if (typeof declaredAt !== "string" || !TIMESTAMP.test(declaredAt) || Number.isNaN(Date.parse(declaredAt))) return null;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return null;
  return { open: open === 1, declared_at: declaredAt, number };
}

// ── The arguments of public.list_incidents ──

export interface ListIncidentsArgs {
  q: string | null;
  statuses: IncidentStatus[] | null;
  severities: string[] | null;
  service: string | null;
  commander: string | null;
  drill: boolean | null;
  declared_from: string | null;
  declared_to: string | null;
  mine: boolean;
  after_open: boolean | null;
  after_declared_at: string | null;
  after_number: number | null;
  page_size: number;
}

/** The instant a calendar day begins in a zone (midnight, or the first instant after a DST gap). */
function startOfDay(dayNumber: number, zone: string): string {
  const { year, month, day } = dateOfDayNumber(dayNumber);
  return zonedWallTimeToInstant(zone, year, month, day, 0, 0).toISOString();
}

/**
 * The filters as arguments for public.list_incidents. `from` and `to` are whole days in the
 * viewer's zone, so "23 Nov" means the 23rd where the viewer is: declared_from is when `from`
 * begins there and declared_to (exclusive) when the day after `to` begins — 23 or 25 hours
 * later on DST days. An unknown zone falls back to UTC.
 */
export function toListArgs(f: IncidentFilters, viewerTimeZone: string, pageSize: number): ListIncidentsArgs {
  const zone = isTimeZone(viewerTimeZone) ? viewerTimeZone : "UTC";
  const fromDay = f.from ? dayNumberOf(f.from) : null;
  const toDay = f.to ? dayNumberOf(f.to) : null;
  const cursor = f.after ? decodeCursor(f.after) : null;
  return {
    q: f.q?.trim() || null,
    statuses: f.status?.length ? f.status : null,
    severities: f.severity?.length ? f.severity : null,
    service: f.service ?? null,
    commander: f.commander ?? null,
    drill: f.drill ?? null,
    declared_from: fromDay === null ? null : startOfDay(fromDay, zone),
    declared_to: toDay === null ? null : startOfDay(toDay + 1, zone),
    mine: f.mine ?? false,
    after_open: cursor?.open ?? null,
    after_declared_at: cursor?.declared_at ?? null,
    after_number: cursor?.number ?? null,
    page_size: Math.min(Math.max(Math.trunc(pageSize) || 1, 1), PAGE_SIZE_MAX),
  };
}
