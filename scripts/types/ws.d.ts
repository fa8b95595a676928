// The one use of ws in scripts (scripts/lib/oncall-bench.ts): handing supabase-js a WebSocket
// constructor on Node 20, which has none (the package ships no types).
declare module "ws" {
  const WebSocket: unknown;
  export default WebSocket;
}
