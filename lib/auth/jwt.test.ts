import { describe, expect, it } from "vitest";
import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { mintPostgrestToken, POSTGREST_TOKEN_SECONDS } from "./jwt";

const secret = "a-secret-that-is-at-least-32-characters-long";

describe("PostgREST token", () => {
  it("carries role=authenticated, sub = person id, aud and the app role as a claim", async () => {
    const { token } = await mintPostgrestToken({ personId: "p1", role: "lead" }, secret);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { audience: "authenticated" });
    expect(payload).toMatchObject({ role: "authenticated", sub: "p1", aud: "authenticated", user_role: "lead" });
    expect(decodeProtectedHeader(token).alg).toBe("HS256");
  });

  it("lives five minutes", async () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const { token, expiresAt } = await mintPostgrestToken({ personId: "p1", role: "responder" }, secret, { now });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(POSTGREST_TOKEN_SECONDS);
    expect(expiresAt).toBe(now + 5 * 60 * 1000);
  });

  it("is rejected when signed with another secret", async () => {
    const { token } = await mintPostgrestToken({ personId: "p1", role: "admin" }, secret);
    await expect(jwtVerify(token, new TextEncoder().encode("another-secret-that-is-32-chars-long!!"))).rejects.toThrow();
  });
});
