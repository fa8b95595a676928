import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { addPersonSchema, changePasswordSchema, isTimeZone, profileSchema, roleChangeSchema } from "./schema";

const profile = { name: "Ana Souza", phone: "+55 11 5555 0101", chat_handle: "@ana", time_zone: "America/Sao_Paulo" };
const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrorsOf(r.error as Parameters<typeof fieldErrorsOf>[0]);

describe("profile", () => {
  it("accepts a complete profile and trims it", () => {
    const r = profileSchema.parse({ ...profile, name: "  Ana Souza  " });
    expect(r.name).toBe("Ana Souza");
  });

  it("empty phone and chat handle are stored as nothing, not as empty strings", () => {
    expect(profileSchema.parse({ ...profile, phone: " ", chat_handle: "" })).toMatchObject({ phone: null, chat_handle: null });
  });

  it.each([
    ["name", "", "Enter your name"],
    ["name", "x".repeat(101), "Name can be at most 100 characters"],
    ["phone", "call me", "Enter a phone number"],
    ["phone", "12", "Enter a phone number"],
    ["chat_handle", "x".repeat(65), "Chat handle can be at most 64 characters"],
    ["time_zone", "Mars/Olympus", "Pick a time zone"],
    ["time_zone", "", "Pick a time zone"],
  ])("a bad %s (%j) gets a message on that field", (field, value, message) => {
    const errors = errorsOf(profileSchema.safeParse({ ...profile, [field]: value }));
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it.each(["Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"])("%s is a time zone", (tz) => {
    expect(isTimeZone(tz)).toBe(true);
  });
});

describe("role change", () => {
  it("only knows responder, lead and admin", () => {
    expect(roleChangeSchema.safeParse({ person_id: "p", role: "lead" }).success).toBe(true);
    expect(errorsOf(roleChangeSchema.safeParse({ person_id: "p", role: "owner" })).role).toBe("Pick responder, lead or admin");
  });
});

describe("adding a person", () => {
  const ok = { name: "Sam Lee", email: "Sam@Example.com ", role: "responder", temporary_password: "a-long-enough-pw" };
  it("normalises the email", () => {
    expect(addPersonSchema.parse(ok).email).toBe("sam@example.com");
  });
  it("refuses a malformed email and a short password, field by field", () => {
    const errors = errorsOf(addPersonSchema.safeParse({ ...ok, email: "sam", temporary_password: "short" }));
    expect(errors.email).toMatch(/Enter an email address/);
    expect(errors.temporary_password).toBe("Use at least 10 characters");
  });
});

describe("changing password", () => {
  it("the confirmation must match, and the message sits on the confirmation field", () => {
    const errors = errorsOf(changePasswordSchema.safeParse({ current: "old", next: "new-password-1", confirm: "new-password-2" }));
    expect(errors).toEqual({ confirm: "This does not match the new password" });
  });
});
