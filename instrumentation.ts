// Runs once when a server instance starts: a missing or malformed variable stops the app here,
// with one message naming it, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvOrExit } = await import("./lib/env/startup");
    checkEnvOrExit();
  }
}
