import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  filtersToSearchParams,
  parseIncidentFilters,
  toListArgs,
  type IncidentFilters,
} from "./filters";

const SERVICE = "3f2b8c1e-9d4a-4e6b-8a7c-1d2e3f4a5b6c";
const cursor = { open: true, declared_at: "2026-11-23T14:02:00.123456+00:00", number: 42 };
const url = (query: string) => parseIncidentFilters(new URLSearchParams(query));

describe("reading filters from the URL", () => {
  it("an empty URL has no filters", () => {
    expect(url("")).toEqual({});
  });

  it("reads every filter", () => {
    const after = encodeCursor(cursor);
    expect(
      url(`q=checkout&status=investigating&severity=P1&service=${SERVICE}&commander=demo-ana&drill=false&from=2026-11-01&to=2026-11-23&mine=true&after=${after}`),
    ).toEqual({
      q: "checkout",
      status: ["investigating"],
      severity: ["P1"],
      service: SERVICE,
      commander: "demo-ana",
      drill: false,
      from: "2026-11-01",
      to: "2026-11-23",
      mine: true,
      after,
    });
  });

  it("multi-values come as repeated params or comma lists, are de-duplicated and kept in a fixed order", () => {
    expect(url("status=resolved&status=investigating,identified&status=investigating").status).toEqual([
      "investigating",
      "identified",
      "resolved",
    ]);
    expect(url("severity=P2,P0&severity=p1&severity=P0").severity).toEqual(["P0", "P1", "P2"]);
  });

  it("accepts a plain object of params, as Next passes searchParams", () => {
    expect(parseIncidentFilters({ status: ["monitoring", "resolved"], severity: "P3", q: undefined })).toEqual({
      status: ["monitoring", "resolved"],
      severity: ["P3"],
    });
  });

  it.each([
    ["status=closed", {}],
    ["status=open,investigating", { status: ["investigating"] }],
    ["severity=P10,high,P", {}],
    ["service=not-a-uuid", {}],
    [`service=${SERVICE}x`, {}],
    ["commander=", {}],
    ["commander=ana%20souza", {}],
    ["drill=maybe", {}],
    ["from=2026-02-30&to=23/11/2026", {}],
    ["mine=false", {}],
    ["mine=yes", {}],
    ["after=garbage", {}],
    ["q=%20%20%20", {}],
  ])("drops what does not parse, silently: %s", (query, filters) => {
    expect(url(query)).toEqual(filters);
  });

  it("takes the first of repeated single-value params", () => {
    expect(url("q=first&q=second&from=2026-11-01&from=2026-11-02")).toEqual({ q: "first", from: "2026-11-01" });
  });

  it("accepts 1/0 for drill and mine, and an upper-case service id, stored in lower case", () => {
    expect(url(`drill=1&mine=1&service=${SERVICE.toUpperCase()}`)).toEqual({ drill: true, mine: true, service: SERVICE });
  });

  it("trims the search and caps it at 200 characters, without splitting a character", () => {
    expect(url("q=%20%20disk%20full%20").q).toBe("disk full");
    expect(url(`q=${"a".repeat(250)}`).q).toBe("a".repeat(200));
    const emoji = parseIncidentFilters({ q: "🔥".repeat(201) }).q!;
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).toBe("🔥".repeat(200));
  });
});

describe("writing filters to the URL", () => {
  it("writes in a stable order, lists as commas, and leaves out what is empty", () => {
    const f: IncidentFilters = { mine: true, severity: ["P0", "P1"], q: "db", status: [], drill: true, to: "2026-11-23", service: undefined };
    expect(filtersToSearchParams(f).toString()).toBe("q=db&severity=P0%2CP1&drill=true&to=2026-11-23&mine=true");
  });

  it("keeps drill=false (it means: no drills) but leaves out mine=false (the default)", () => {
    expect(filtersToSearchParams({ drill: false, mine: false }).toString()).toBe("drill=false");
  });

  it.each<IncidentFilters>([
    {},
    { q: "checkout 500s, EU only" },
    { status: ["investigating", "monitoring"], severity: ["P0", "P2"] },
    {
      q: "disk",
      status: ["resolved"],
      severity: ["P3"],
      service: SERVICE,
      commander: "demo-ana",
      drill: true,
      from: "2026-03-01",
      to: "2026-03-31",
      mine: true,
      after: encodeCursor(cursor),
    },
  ])("round-trips %j", (f) => {
    expect(url(filtersToSearchParams(f).toString())).toEqual(f);
  });
});

describe("page cursors", () => {
  it("round-trips, keeping the database's microseconds", () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ open: false, declared_at: "2026-01-02 03:04:05+00", number: 1 }))).toEqual({
      open: false,
      declared_at: "2026-01-02 03:04:05+00",
      number: 1,
    });
  });

  it("is URL-safe as it is", () => {
    const c = encodeCursor({ ...cursor, number: 999_999_999 });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(c)).toBe(c);
  });

  const b64 = (text: string) => Buffer.from(text).toString("base64url");
  it.each([
    ["empty", ""],
    ["not base64", "!!!"],
    ["base64 of not JSON", b64("hello")],
    ["JSON of the wrong shape", b64('{"open":true}')],
    ["too few parts", b64('[1,"2026-11-23T14:02:00Z"]')],
    ["open not 0/1", b64('[true,"2026-11-23T14:02:00Z",4]')],
    ["not a timestamp", b64('[1,"yesterday",4]')],
    ["an impossible timestamp", b64('[1,"2026-13-45T14:02:00Z",4]')],
    ["a timestamp without a zone", b64('[1,"2026-11-23T14:02:00",4]')],
    ["a fractional number", b64('[1,"2026-11-23T14:02:00Z",4.5]')],
    ["number zero", b64('[1,"2026-11-23T14:02:00Z",0]')],
    ["number as text", b64('[1,"2026-11-23T14:02:00Z","4"]')],
    ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x5b]).toString("base64url")],
    ["very long", "A".repeat(5000)],
    ["a cursor with a character changed", encodeCursor(cursor).slice(0, -3) + "***"],
  ])("garbage gives null, not an error: %s", (_, s) => {
    expect(decodeCursor(s)).toBeNull();
  });
});

describe("arguments for public.list_incidents", () => {
  it("no filters: every argument null, mine false, the page size", () => {
    expect(toListArgs({}, "UTC", 25)).toEqual({
      q: null,
      statuses: null,
      severities: null,
      service: null,
      commander: null,
      drill: null,
      declared_from: null,
      declared_to: null,
      mine: false,
      after_open: null,
      after_declared_at: null,
      after_number: null,
      page_size: 25,
    });
  });

  it("passes filters and the cursor through", () => {
    const f: IncidentFilters = {
      q: "disk",
      status: ["resolved"],
      severity: ["P0", "P1"],
      service: SERVICE,
      commander: "demo-ana",
      drill: false,
      mine: true,
      after: encodeCursor(cursor),
    };
    expect(toListArgs(f, "UTC", 50)).toMatchObject({
      q: "disk",
      statuses: ["resolved"],
      severities: ["P0", "P1"],
      service: SERVICE,
      commander: "demo-ana",
      drill: false,
      mine: true,
      after_open: true,
      after_declared_at: "2026-11-23T14:02:00.123456+00:00",
      after_number: 42,
      page_size: 50,
    });
  });

  it.each([
    ["UTC", "2026-11-23", "2026-11-23", "2026-11-23T00:00:00.000Z", "2026-11-24T00:00:00.000Z"],
    ["Asia/Kolkata", "2026-11-23", "2026-11-23", "2026-11-22T18:30:00.000Z", "2026-11-23T18:30:00.000Z"],
    // Spring forward: the 8th of March has 23 hours in Chicago.
    ["America/Chicago", "2026-03-08", "2026-03-08", "2026-03-08T06:00:00.000Z", "2026-03-09T05:00:00.000Z"],
    // Fall back: the 1st of November has 25 hours.
    ["America/Chicago", "2026-11-01", "2026-11-01", "2026-11-01T05:00:00.000Z", "2026-11-02T06:00:00.000Z"],
    // Santiago skips midnight on 6 Sep 2026: the day begins at 01:00 local.
    ["America/Santiago", "2026-09-06", "2026-09-06", "2026-09-06T04:00:00.000Z", "2026-09-07T03:00:00.000Z"],
    ["America/Chicago", "2026-03-01", "2026-03-31", "2026-03-01T06:00:00.000Z", "2026-04-01T05:00:00.000Z"],
    ["Mars/Olympus", "2026-11-23", "2026-11-23", "2026-11-23T00:00:00.000Z", "2026-11-24T00:00:00.000Z"],
    ["", "2026-12-31", "2026-12-31", "2026-12-31T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
  ])("in %s, %s to %s covers [%s, %s)", (zone, from, to, declaredFrom, declaredTo) => {
    expect(toListArgs({ from, to }, zone, 25)).toMatchObject({ declared_from: declaredFrom, declared_to: declaredTo });
  });

  it("a range open at one end leaves the other null", () => {
    expect(toListArgs({ from: "2026-11-01" }, "UTC", 25)).toMatchObject({ declared_from: "2026-11-01T00:00:00.000Z", declared_to: null });
    expect(toListArgs({ to: "2026-11-01" }, "UTC", 25)).toMatchObject({ declared_from: null, declared_to: "2026-11-02T00:00:00.000Z" });
  });

  it("ignores a cursor or dates that do not parse, should filters be built by hand", () => {
    expect(toListArgs({ after: "garbage", from: "2026-02-30" }, "UTC", 25)).toMatchObject({
      after_open: null,
      after_declared_at: null,
      after_number: null,
      declared_from: null,
    });
  });

  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [10.7, 10],
    [100, 100],
    [1000, 100],
  ])("a page size of %d becomes %d, as the database would clamp it", (size, clamped) => {
    expect(toListArgs({}, "UTC", size).page_size).toBe(clamped);
  });
});
