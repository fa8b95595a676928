// Who an escalation level pages right now. Pure: the level, and who is on call per rotation.

import type { OnCallNow } from "@/lib/oncall/now";
import type { EscalationLevel } from "./queries";

type Level = Pick<EscalationLevel, "target_kind" | "rotation" | "person" | "group">;

/** Person ids the level pages now: the rotation's primary or secondary, the person, or every group member. */
export function resolveLevel(level: Level, onCall: ReadonlyMap<string, OnCallNow>): string[] {
  switch (level.target_kind) {
    case "rotation_primary":
    case "rotation_secondary": {
      const now = level.rotation ? onCall.get(level.rotation.id) : undefined;
      const who = level.target_kind === "rotation_primary" ? now?.primary : now?.secondary;
      return who ? [who] : [];
    }
    case "person":
      return level.person ? [level.person.id] : [];
    case "group":
      return (level.group?.members ?? []).map((m) => m.person_id);
  }
}
