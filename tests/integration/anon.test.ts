import { describe, expect, it } from "vitest";
import { rest } from "../support/db";

describe("anon (no token)", () => {
  it.each(["people", "services"])("reads nothing from %s", async (table) => {
    const r = await rest(`${table}?select=*`, { token: null });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "42501" });
  });
});
