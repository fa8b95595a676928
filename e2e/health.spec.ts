// /api/health tells a load balancer (and a person at 3 a.m.) whether Beacon can reach its
// database and its API. The degraded cases really stop each piece, on a stack and app of their
// own (ports 25721.., 3101) so the shared e2e stack is never touched.
import { signIn } from "./support/accounts";
import { test, expect } from "./support/fixtures";
import { stackConfig } from "../scripts/stack/config.ts";
import { startStack, type Stack } from "../scripts/stack/index.ts";
import { appEnv } from "../scripts/lib/app-env.ts";
import { startNext, type NextServer } from "../scripts/lib/next-server.ts";
import { E2E_DIST_DIR } from "./support/paths.ts";

interface Check {
  ok: boolean;
  latency_ms: number;
}
interface Health {
  status: "ok" | "degraded";
  checks: { database: Check; rest: Check };
}

async function health(url: string): Promise<{ status: number; body: Health; cacheControl: string | null }> {
  const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(20_000) });
  return { status: res.status, body: (await res.json()) as Health, cacheControl: res.headers.get("cache-control") };
}

test("GET /api/health is 200 with both checks ok and their latencies", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = (await res.json()) as Health;
  expect(body).toEqual({
    status: "ok",
    checks: {
      database: { ok: true, latency_ms: expect.any(Number) },
      rest: { ok: true, latency_ms: expect.any(Number) },
    },
  });
  expect(body.checks.database.latency_ms).toBeGreaterThanOrEqual(0);
  expect(body.checks.rest.latency_ms).toBeGreaterThanOrEqual(0);
});

test.describe("when a piece is down (own stack and app)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let stack: Stack | undefined;
  let app: NextServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    stack = await startStack(stackConfig("health"), { fresh: true, log: () => {} });
    const env = appEnv({ port: 3101, stack: stack.env, nodeEnv: "production" });
    app = await startNext({ mode: "start", port: 3101, env, distDir: E2E_DIST_DIR, quiet: true, log: () => {} });
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await app?.stop();
    await stack?.stop();
  });

  test("with everything running it answers 200 ok", async () => {
    const { status, body } = await health(app!.url);
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
  });

  test("with PostgREST stopped it answers 503 degraded, naming rest and not the database", async () => {
    await stack!.stopPostgrest();
    const { status, body, cacheControl } = await health(app!.url);
    expect(status).toBe(503);
    expect(cacheControl).toBe("no-store");
    expect(body.status).toBe("degraded");
    expect(body.checks.rest.ok).toBe(false);
    expect(body.checks.database.ok).toBe(true);
  });

  test("with PostgREST stopped, a signed-in page says the data API is not answering", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app!.url });
    try {
      await signIn(context.request, app!.url, "marcus@example.com");
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.getByRole("status").filter({ hasText: "data API is not answering" })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("with Postgres stopped too it answers 503 with the database check failing", async () => {
    await stack!.stopPostgres();
    const { status, body } = await health(app!.url);
    expect(status).toBe(503);
    expect(body.status).toBe("degraded");
    expect(body.checks.database.ok).toBe(false);
    expect(body.checks.rest.ok).toBe(false);
  });
});
