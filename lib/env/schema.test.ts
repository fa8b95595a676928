import { describe, expect, it } from "vitest";
import { parseEnv, WELL_KNOWN_LOCAL_JWT_SECRET } from "./schema";

const good = {
  SUPABASE_URL: "https://abcd.supabase.co",
  SUPABASE_ANON_KEY: "aaa.bbb.ccc",
  SUPABASE_JWT_SECRET: "a-project-secret-that-is-long-enough-000",
  DATABASE_URL: "postgresql://postgres:pw@db.abcd.supabase.co:5432/postgres",
  BETTER_AUTH_SECRET: "b".repeat(40),
  BETTER_AUTH_URL: "https://beacon.example.com",
  NODE_ENV: "production",
};

describe("env", () => {
  it("accepts a complete production env", () => {
    const r = parseEnv(good);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.env.isLocalStack).toBe(false);
  });

  it.each(Object.keys(good).filter((k) => k !== "NODE_ENV"))("a missing %s stops start with a message naming it", (key) => {
    const r = parseEnv({ ...good, [key]: undefined });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^Beacon cannot start: ${key} is missing`));
  });

  it.each([
    ["SUPABASE_URL", "not a url", /SUPABASE_URL must be a URL/],
    ["DATABASE_URL", "mysql://x", /DATABASE_URL must be a postgresql:\/\/ connection string/],
    ["SUPABASE_JWT_SECRET", "short", /SUPABASE_JWT_SECRET must be at least 32 characters/],
    ["SUPABASE_ANON_KEY", "not-a-jwt", /SUPABASE_ANON_KEY must be a JWT/],
    ["BETTER_AUTH_URL", "beacon", /BETTER_AUTH_URL must be a URL/],
  ])("a malformed %s is named", (key, value, message) => {
    const r = parseEnv({ ...good, [key]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it("production refuses the Supabase CLI's public local JWT secret", () => {
    const r = parseEnv({ ...good, SUPABASE_JWT_SECRET: WELL_KNOWN_LOCAL_JWT_SECRET });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/SUPABASE_JWT_SECRET is the Supabase CLI's public local secret/);
  });

  it("the local stack may use the public local secret, even as a production build", () => {
    const r = parseEnv({ ...good, SUPABASE_URL: "http://127.0.0.1:54321", SUPABASE_JWT_SECRET: WELL_KNOWN_LOCAL_JWT_SECRET });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.env.isLocalStack).toBe(true);
  });
});
