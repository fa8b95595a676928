// One zod schema per form, shared by the client form and the server action.
import { z } from "zod";
import { APP_ROLES } from "./roles";
import { isTimeZone } from "@/lib/time/zone";

export { isTimeZone };

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters` })
    .transform((v) => (v === "" ? null : v));

export const profileSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter your name" }).max(100, { error: "Name can be at most 100 characters" }),
  phone: optionalText(30, "Phone").refine((v) => v === null || /^\+?[0-9][0-9 ().-]{4,28}[0-9]$/.test(v), {
    error: "Enter a phone number with digits, spaces or + ( ) . - — e.g. +44 20 7946 0102",
  }),
  chat_handle: optionalText(64, "Chat handle"),
  time_zone: z.string().trim().refine(isTimeZone, { error: "Pick a time zone from the list (e.g. Europe/London)" }),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const roleChangeSchema = z.object({
  person_id: z.string().min(1).max(200),
  role: z.enum(APP_ROLES, { error: "Pick responder, lead or admin" }),
});

export const addPersonSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter their name" }).max(100, { error: "Name can be at most 100 characters" }),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter an email address, e.g. sam@example.com" })),
  role: z.enum(APP_ROLES, { error: "Pick responder, lead or admin" }),
  temporary_password: z
    .string()
    .min(10, { error: "Use at least 10 characters" })
    .max(128, { error: "Use at most 128 characters" }),
});
export type AddPersonInput = z.input<typeof addPersonSchema>;

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, { error: "Enter your current password" }),
    next: z.string().min(10, { error: "Use at least 10 characters" }).max(128, { error: "Use at most 128 characters" }),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], error: "This does not match the new password" });
