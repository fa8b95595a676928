// The live feed under stress: two app instances on one database, and a database restart. Own
// stack and apps (ports 25921.., 3103/3104) so the shared e2e stack is never restarted.
import http from "node:http";
import { signIn } from "./support/accounts";
import { test, expect } from "./support/fixtures";
import { stackConfig } from "../scripts/stack/config.ts";
import { startStack, type Stack } from "../scripts/stack/index.ts";
import { appEnv } from "../scripts/lib/app-env.ts";
import { startNext, type NextServer } from "../scripts/lib/next-server.ts";
import { mintPostgrestToken } from "../lib/auth/jwt.ts";
import { E2E_DIST_DIR } from "./support/paths.ts";

interface LiveEvent {
  type: string;
  data: { incident?: string; event?: number | null };
}

/** A plain server-sent-events reader, like a second browser tab that only listens. */
function openStream(url: string, cookie: string) {
  const events: LiveEvent[] = [];
  let buffer = "";
  const req = http.get(`${url}/api/incidents/live`, { headers: { cookie, accept: "text/event-stream" } }, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buffer += chunk;
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (type && data) events.push({ type, data: JSON.parse(data) });
      }
    });
  });
  req.on("error", () => {});
  return {
    events,
    async waitFor(pred: (e: LiveEvent) => boolean, timeoutMs: number): Promise<LiveEvent> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const hit = events.find(pred);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching live event within ${timeoutMs} ms; got ${JSON.stringify(events)}`);
    },
    close: () => req.destroy(),
  };
}

test.describe("live incident feed (own stack, two app instances)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  const cfg = stackConfig("live");
  let stack: Stack | undefined;
  let apps: NextServer[] = [];
  let cookie = "";

  async function rpc(fn: string, body: unknown, person = "demo-marcus") {
    const { token } = await mintPostgrestToken({ personId: person, role: "responder" }, stack!.env.SUPABASE_JWT_SECRET);
    const res = await fetch(`${stack!.env.SUPABASE_URL}/rest/v1/${fn}`, {
      method: "POST",
      headers: {
        apikey: stack!.env.SUPABASE_ANON_KEY,
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        prefer: "return=representation",
      },
      body: JSON.stringify(body),
    });
    expect(res.ok, `${fn}: ${res.status}`).toBe(true);
    return res.json();
  }
  const declare = async (title: string) =>
    ((await rpc("incidents", { title, severity: "P2" })) as { id: string; number: number }[])[0];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    stack = await startStack(cfg, { fresh: true, log: () => {} });
    apps = await Promise.all(
      [3103, 3104].map((port) =>
        startNext({ mode: "start", port, env: appEnv({ port, stack: stack!.env, nodeEnv: "production" }), distDir: E2E_DIST_DIR, quiet: true, log: () => {} }),
      ),
    );
    const context = await browser.newContext({ baseURL: apps[0].url });
    await signIn(context.request, apps[0].url, "liam@example.com");
    cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await Promise.all(apps.map((a) => a.stop()));
    await stack?.stop();
  });

  test("a change reaches viewers on every app instance within 2 s", async () => {
    const streams = apps.map((a) => openStream(a.url, cookie));
    try {
      await Promise.all(streams.map((s) => s.waitFor((e) => e.type === "ready", 10_000)));
      const incident = await declare(`Live on both instances ${Date.now()}`);
      await Promise.all(streams.map((s) => s.waitFor((e) => e.type === "change" && e.data.incident === incident.id, 2_000)));
      // Ids only: what a person may see is decided when their view refetches, through RLS.
      for (const s of streams) expect(JSON.stringify(s.events)).not.toContain("Live on both instances");
    } finally {
      streams.forEach((s) => s.close());
    }
  });

  test("after a database restart the feed resyncs by itself and keeps delivering", async () => {
    const stream = openStream(apps[0].url, cookie);
    try {
      await stream.waitFor((e) => e.type === "ready", 10_000);
      const incident = await declare(`Survives a restart ${Date.now()}`);
      await stream.waitFor((e) => e.type === "change" && e.data.incident === incident.id, 2_000);

      await stack!.stop();
      stack = await startStack(cfg, { log: () => {} });
      // The instance reconnects to Postgres and tells its streams to refetch what they missed.
      await stream.waitFor((e) => e.type === "resync", 20_000);
      const note = (await rpc("rpc/add_note", { incident_id: incident.id, body: "after the restart" })) as number;
      await stream.waitFor((e) => e.type === "change" && e.data.event === note, 2_000);
    } finally {
      stream.close();
    }
  });

  test("an open incident page catches up on a change made while its feed was down", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: apps[1].url });
    try {
      await signIn(context.request, apps[1].url, "liam@example.com");
      const incident = await declare(`Catch up ${Date.now()}`);
      const page = await context.newPage();
      await page.goto(`/incidents/INC-${incident.number}`);
      await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

      await stack!.stop();
      stack = await startStack(cfg, { log: () => {} });
      await rpc("rpc/add_note", { incident_id: incident.id, body: "written while the page was reconnecting" });
      await expect(page.getByText("written while the page was reconnecting")).toBeVisible({ timeout: 20_000 });
    } finally {
      await context.close();
    }
  });
});
