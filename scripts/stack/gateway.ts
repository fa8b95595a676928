// The local stand-in for Supabase's API gateway: supabase-js calls `${SUPABASE_URL}/rest/v1/...`,
// so we strip `/rest/v1` and pipe the request to PostgREST untouched (headers, body, status).
import http from "node:http";
import { freePort } from "./procs.ts";
import type { StackConfig } from "./config.ts";

export async function startGateway(cfg: StackConfig, log: (m: string) => void): Promise<http.Server> {
  await freePort(cfg.apiPort, "API gateway", ["scripts/start", "scripts/stack", "tsx", "vitest", "playwright"], log);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith("/rest/v1")) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not found: the local gateway serves /rest/v1 only" }));
      return;
    }
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: cfg.restPort,
        method: req.method,
        path: url.slice("/rest/v1".length) || "/",
        headers: { ...req.headers, host: `127.0.0.1:${cfg.restPort}` },
        agent,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "PostgREST is not reachable" }));
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(cfg.apiPort, "127.0.0.1", () => resolve());
  });
  return server;
}

export function stopGateway(server: http.Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
