import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { authPool } from "@/lib/db/pool";
import { authOptions } from "./options";

function create() {
  const e = env();
  return betterAuth({
    ...authOptions({
      pool: authPool(),
      baseURL: e.BETTER_AUTH_URL,
      secret: e.BETTER_AUTH_SECRET,
      signInPerMinute: Number(process.env.BEACON_SIGN_IN_PER_MINUTE) || undefined,
      clientIpHeader: process.env.BEACON_CLIENT_IP_HEADER || undefined,
    }),
    plugins: [nextCookies()],
  });
}

const globalForAuth = globalThis as unknown as { beaconAuth?: ReturnType<typeof create> };

export function auth() {
  globalForAuth.beaconAuth ??= create();
  return globalForAuth.beaconAuth;
}
