import { describe, expect, it } from "vitest";
import { describeEditChange, type Change, type Names } from "./describe";

const names: Names = {
  person: (id) => ({ ana: "Ana Souza", ben: "Ben Ode" })[id],
  rotation: (id) => ({ api: "API primary", db: "Database" })[id],
  group: (id) => ({ lead: "Engineering leadership" })[id],
  item: (id) => ({ dash: "Dashboards" })[id],
};
const level = { policy_id: "p1", level: 2, target_kind: "rotation_primary", target_rotation_id: "api", target_person_id: null, target_group_id: null, wait_minutes: 5, repeat_count: 0 };
const change = (entity_type: string, before: Change["before"], after: Change["after"]): Change => ({
  entity_type,
  action: before && after ? "update" : before ? "delete" : "insert",
  before,
  after,
});

describe("escalation history in words", () => {
  it.each([
    ["a new policy", change("escalation_policies", null, { id: "p1", severity: "P1" }), "Added the policy for P1 incidents"],
    ["a deleted default policy", change("escalation_policies", { id: "p1", severity: null }, null), "Deleted the policy for every severity"],
    ["a new level", change("escalation_levels", null, level), "Added level 2: pages API primary — primary on call, waits 5 min"],
    [
      "a level retargeted and retimed",
      change("escalation_levels", level, { ...level, target_kind: "person", target_rotation_id: null, target_person_id: "ana", wait_minutes: 10, repeat_count: 2 }),
      "Changed level 2: pages API primary — primary on call → Ana Souza; waits 5 → 10 min; repeats 0 → 2×",
    ],
    ["a removed level", change("escalation_levels", { ...level, target_kind: "group", target_rotation_id: null, target_group_id: "lead" }, null), "Removed level 2: paged Engineering leadership (group)"],
    ["a target since deleted", change("escalation_levels", null, { ...level, target_rotation_id: "gone" }), "Added level 2: pages a rotation — primary on call, waits 5 min"],
    ["a member joining", change("oncall_group_members", null, { group_id: "lead", person_id: "ben" }), "Added Ben Ode to Engineering leadership"],
    ["a group renamed", change("oncall_groups", { id: "g", name: "Leads", description: "" }, { id: "g", name: "Leadership", description: "" }), "Renamed group “Leads” → “Leadership”"],
    ["an item moved", change("oncall_checklist_items", { title: "VPN", description: "", position: 1 }, { title: "VPN", description: "", position: 2 }), "Checklist item “VPN”: moved from place 1 to 2"],
    ["a first status", change("oncall_checklist_status", null, { person_id: "ana", item_id: "dash", status: "requested", note: "asked Liam" }), "Ana Souza: Dashboards missing → requested — “asked Liam”"],
    ["a status made ready", change("oncall_checklist_status", { person_id: "ana", item_id: "dash", status: "requested", note: "asked Liam" }, { person_id: "ana", item_id: "dash", status: "ready", note: "asked Liam" }), "Ana Souza: Dashboards requested → ready"],
  ])("%s", (_, c, text) => {
    expect(describeEditChange(c, names)).toBe(text);
  });

  it("names the policy a level belongs to when the page says so", () => {
    const c = change("escalation_levels", null, level);
    expect(describeEditChange(c, { ...names, policy: (id) => (id === "p1" ? "P1 incidents" : undefined) })).toBe(
      "Added level 2 (P1 incidents): pages API primary — primary on call, waits 5 min",
    );
  });
});
