import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";
import { forgetSessionCookies } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return toNextJsHandler(auth()).GET(req);
}
export async function POST(req: Request) {
  // A sign-out (or password change) must not be outlived by this instance's session memo.
  if (/\/(sign-out|change-password|revoke-sessions?)$/.test(new URL(req.url).pathname)) {
    forgetSessionCookies(req.headers.get("cookie"));
  }
  return toNextJsHandler(auth()).POST(req);
}
