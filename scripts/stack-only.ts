// `npm run stack`: just the local Supabase stack (no app), until Ctrl-C. Handy for scripts and
// for running `next dev` by hand.
import { stackConfig } from "./stack/config.ts";
import { startStack } from "./stack/index.ts";
import { onShutdown } from "./lib/shutdown.ts";

const stack = await startStack(stackConfig("local"));
console.log(`Local Supabase stack ready: API ${stack.env.SUPABASE_URL}  database ${stack.env.DATABASE_URL}`);
onShutdown(() => stack.stop());
