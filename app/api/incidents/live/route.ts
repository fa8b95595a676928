import { currentPerson } from "@/lib/auth/session";
import { liveHub, type LiveMessage } from "@/lib/incidents/live";

export const dynamic = "force-dynamic";

// A stream lives at most this long; the browser reconnects at once, which re-checks the session
// (a signed-out person stops hearing even ids) and resyncs.
const MAX_AGE_MS = 30 * 60_000;
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: `change` with the incident id whenever its row or timeline changes, and
 * `resync` when this instance may have missed some. Ids only; the page refetches through RLS.
 */
export async function GET(req: Request) {
  const person = await currentPerson();
  if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = liveHub().subscribe((m: LiveMessage) => send(`event: ${m.type}\ndata: ${JSON.stringify(m)}\n\n`));
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      const expire = setTimeout(() => stop(), MAX_AGE_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(expire);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      req.signal.addEventListener("abort", () => stop());
      // "ready" means changes from now on will be heard: wait (briefly) until this instance listens.
      const live = await liveHub().listening(3000);
      send(`retry: 1000\nevent: ready\ndata: ${JSON.stringify({ live })}\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "private, no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
