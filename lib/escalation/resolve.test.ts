import { describe, expect, it } from "vitest";
import type { OnCallNow } from "@/lib/oncall/now";
import type { EscalationLevel } from "./queries";
import { resolveLevel } from "./resolve";

type Level = Pick<EscalationLevel, "target_kind" | "rotation" | "person" | "group">;

const onCall = new Map<string, OnCallNow>([
  ["api", { rotationId: "api", primary: "ana", primaryReason: { source: "rotation" }, alsoOnCall: [], secondary: "ben", secondaryFrom: { kind: "next_participant" }, changesAt: null, shiftEnd: null }],
  ["empty", { rotationId: "empty", primary: null, primaryReason: null, alsoOnCall: [], secondary: null, secondaryFrom: null, changesAt: null, shiftEnd: null }],
]);
const none = { rotation: null, person: null, group: null };
const cases: [string, Level, string[]][] = [
  ["a rotation's primary is whoever is primary now", { ...none, target_kind: "rotation_primary", rotation: { id: "api", name: "API" } }, ["ana"]],
  ["a rotation's secondary is whoever backs them up now", { ...none, target_kind: "rotation_secondary", rotation: { id: "api", name: "API" } }, ["ben"]],
  ["a rotation with nobody on call pages nobody", { ...none, target_kind: "rotation_primary", rotation: { id: "empty", name: "E" } }, []],
  ["a rotation the viewer cannot see pages nobody", { ...none, target_kind: "rotation_primary", rotation: null }, []],
  ["a person is that person", { ...none, target_kind: "person", person: { id: "cai", name: "Cai" } }, ["cai"]],
  ["a group is every member", { ...none, target_kind: "group", group: { id: "leads", name: "Leads", members: [{ person_id: "dan" }, { person_id: "eve" }] } }, ["dan", "eve"]],
];

describe("who an escalation level pages now", () => {
  it.each(cases)("%s", (_, level, people) => expect(resolveLevel(level, onCall)).toEqual(people));
});
