import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "./model";
import { listNaturally, plainDuration, stakeholderTemplate, type TemplateContext } from "./templates";

const now = new Date("2026-11-23T14:44:00Z");
const ctx = (
  status: IncidentStatus,
  more: { drill?: boolean; services?: string[]; timeZone?: string; resolvedAt?: string | null; updateMinutes?: number } = {},
): TemplateContext => ({
  incident: {
    title: "db-3 OOM after deploy 8812",
    status,
    severity: "P1",
    started_at: "2026-11-23T14:02:00Z",
    resolved_at: more.resolvedAt !== undefined ? more.resolvedAt : status === "resolved" ? "2026-11-23T15:10:00Z" : null,
    drill: more.drill ?? false,
  },
  severity: { id: "P1", name: "High", update_minutes: "updateMinutes" in more ? more.updateMinutes : 30 },
  serviceNames: more.services ?? ["API", "Web"],
  now,
  timeZone: more.timeZone ?? "UTC",
});

describe("status page drafts", () => {
  it.each([
    [
      "investigating",
      "Investigating — We are investigating an issue affecting API and Web.\n" +
        "Impact: High. Started 23 Nov 2026, 14:02 UTC (42 min ago).\n" +
        "Next update within 30 min.",
    ],
    [
      "identified",
      "Identified — We have identified the cause of the issue affecting API and Web and are working on a fix.\n" +
        "Impact: High. Started 23 Nov 2026, 14:02 UTC (42 min ago).\n" +
        "Next update within 30 min.",
    ],
    [
      "monitoring",
      "Monitoring — A fix is in place for the issue affecting API and Web, and we are monitoring the results.\n" +
        "Impact: High. Started 23 Nov 2026, 14:02 UTC (42 min ago).\n" +
        "Next update within 30 min.",
    ],
    [
      "resolved",
      "Resolved — The issue affecting API and Web has been resolved.\n" +
        "Impact: High. Started 23 Nov 2026, 14:02 UTC; resolved 23 Nov 2026, 15:10 UTC (1 h 8 min in total).",
    ],
  ] as const)("%s: the first line says the status, then the real timing", (status, text) => {
    expect(stakeholderTemplate("status_page", ctx(status))).toBe(text);
  });

  it("a resolved incident gives its total duration and promises no further update", () => {
    const text = stakeholderTemplate("status_page", ctx("resolved", { resolvedAt: "2026-11-25T17:30:00Z" }));
    expect(text).toContain("(2 d 3 h in total)");
    expect(text).not.toContain("Next update");
  });

  it("shows the viewer's zone with UTC alongside when the zone is not UTC", () => {
    const text = stakeholderTemplate("status_page", ctx("investigating", { timeZone: "America/New_York" }));
    expect(text.split("\n")[1]).toBe("Impact: High. Started 23 Nov 2026, 09:02 GMT-5 (14:02 UTC), 42 min ago.");
  });

  it("gives the UTC date too when it differs from the local one", () => {
    const text = stakeholderTemplate("status_page", ctx("investigating", { timeZone: "Pacific/Auckland" }));
    expect(text).toContain("Started 24 Nov 2026, 03:02 GMT+13 (23 Nov 2026, 14:02 UTC), 42 min ago.");
  });

  it("an unknown zone falls back to UTC", () => {
    expect(stakeholderTemplate("status_page", ctx("investigating", { timeZone: "Mars/Olympus" }))).toContain(
      "Started 23 Nov 2026, 14:02 UTC (42 min ago).",
    );
  });

  it("an incident that started under a minute ago started just now", () => {
    const c = { ...ctx("investigating"), now: new Date("2026-11-23T14:02:30Z") };
    expect(stakeholderTemplate("status_page", c)).toContain("(just now)");
  });

  it("without a known cadence, promises no particular time", () => {
    expect(stakeholderTemplate("status_page", ctx("investigating", { updateMinutes: undefined }))).not.toContain("Next update");
  });

  it("never repeats the responders' title", () => {
    for (const ch of ["status_page", "customer"] as const) {
      expect(stakeholderTemplate(ch, ctx("identified"))).not.toContain("db-3");
    }
  });
});

describe("customer drafts", () => {
  it("an open incident: subject, greeting, what happened, what we're doing, when we'll write again", () => {
    expect(stakeholderTemplate("customer", ctx("investigating"))).toBe(
      [
        "Subject: We're looking into a problem with API and Web",
        "",
        "Hello,",
        "",
        "Since 23 Nov 2026, 14:02 UTC, some of you may have had trouble using API and Web. Our team is looking into it now. We'll send another update within 30 minutes.",
        "",
        "We're sorry for the trouble, and thank you for your patience.",
      ].join("\n"),
    );
  });

  it.each([
    ["identified", "Subject: We've found the cause of a problem with API and Web", "We've found the cause and are working on a fix."],
    ["monitoring", "Subject: A fix is in place for a problem with API and Web", "We've put a fix in place and are watching closely to make sure it holds."],
  ] as const)("%s has its own subject and news", (status, subject, news) => {
    const text = stakeholderTemplate("customer", ctx(status));
    expect(text.split("\n")[0]).toBe(subject);
    expect(text).toContain(news);
  });

  it("a resolved incident says when it started and ended and how long it lasted, in plain words", () => {
    expect(stakeholderTemplate("customer", ctx("resolved"))).toBe(
      [
        "Subject: Resolved: the problem with API and Web",
        "",
        "Hello,",
        "",
        "From 23 Nov 2026, 14:02 UTC to 23 Nov 2026, 15:10 UTC (1 hour 8 minutes), some of you may have had trouble using API and Web. This is now fixed, and everything is working normally again.",
        "",
        "We're sorry for the trouble this caused, and thank you for your patience.",
      ].join("\n"),
    );
  });

  it.each(["investigating", "identified", "monitoring", "resolved"] as const)("%s carries no internal jargon: no severity, no INC number", (status) => {
    const text = stakeholderTemplate("customer", ctx(status));
    expect(text).not.toMatch(/\bP[0-9]\b|INC-|High|severity|Impact/i);
  });

  it("without a known cadence, promises to write when there is news", () => {
    expect(stakeholderTemplate("customer", ctx("identified", { updateMinutes: undefined }))).toContain(
      "We've found the cause and are working on a fix. We'll update you as soon as we know more.",
    );
  });
});

describe("drills", () => {
  it.each(["status_page", "customer"] as const)("a drill's %s draft starts with the drill marker", (channel) => {
    const text = stakeholderTemplate(channel, ctx("investigating", { drill: true }));
    expect(text.startsWith(channel === "customer" ? "Subject: [DRILL — exercise only] " : "[DRILL — exercise only] ")).toBe(true);
  });

  it.each(["status_page", "customer"] as const)("a real incident's %s draft has no drill marker", (channel) => {
    expect(stakeholderTemplate(channel, ctx("investigating"))).not.toContain("DRILL");
  });
});

describe("affected services", () => {
  it.each([
    [[], "an issue affecting our services.", "a problem with our service"],
    [["API"], "an issue affecting API.", "a problem with API"],
    [["API", "Web"], "an issue affecting API and Web.", "a problem with API and Web"],
    [["API", "Web", "Auth"], "an issue affecting API, Web and Auth.", "a problem with API, Web and Auth"],
  ])("%j reads naturally", (services, statusPage, customer) => {
    expect(stakeholderTemplate("status_page", ctx("investigating", { services }))).toContain(statusPage);
    expect(stakeholderTemplate("customer", ctx("investigating", { services }))).toContain(customer);
  });

  it("blank and repeated names are dropped", () => {
    expect(listNaturally([" API ", "", "API", "Web"])).toBe("API and Web");
    expect(listNaturally(["  "])).toBeNull();
  });
});

describe("plain durations for customers", () => {
  it.each([
    [1000, "1 second"],
    [45_000, "45 seconds"],
    [60_000, "1 minute"],
    [30 * 60_000, "30 minutes"],
    [65 * 60_000, "1 hour 5 minutes"],
    [2 * 3_600_000, "2 hours"],
    [(24 + 1) * 3_600_000, "1 day 1 hour"],
    [51 * 3_600_000, "2 days 3 hours"],
  ])("%i ms reads %s", (ms, text) => {
    expect(plainDuration(ms)).toBe(text);
  });
});
