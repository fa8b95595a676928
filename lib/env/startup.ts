import { parseEnv } from "./schema";

export function checkEnvOrExit() {
  const result = parseEnv(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
