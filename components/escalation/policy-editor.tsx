"use client";
// A service's escalation policy, edited as a whole: ordered levels (add, remove, move), each
// paging a rotation's primary or secondary, a person or a group, with its wait and repeats. Saved
// all at once by save_escalation_policy; a refused save keeps every level as typed.
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, SelectInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteEscalationPolicy, saveEscalationPolicy } from "@/lib/escalation/actions";
import {
  MAX_LEVELS,
  TARGET_KINDS,
  TARGET_KIND_LABELS,
  policySchema,
  type PolicyInput,
  type TargetKind,
} from "@/lib/escalation/schema";

interface Option {
  id: string;
  name: string;
}

export interface LevelValues {
  kind: TargetKind;
  target: string;
  waitMinutes: string;
  repeatCount: string;
}

const NEW_LEVEL: LevelValues = { kind: "rotation_primary", target: "", waitMinutes: "5", repeatCount: "0" };
const isRotation = (k: TargetKind) => k === "rotation_primary" || k === "rotation_secondary";
const TARGET_LABEL: Record<TargetKind, string> = {
  rotation_primary: "Rotation",
  rotation_secondary: "Rotation",
  person: "Person",
  group: "Group",
};

export function PolicyEditor({
  serviceId,
  policy,
  title,
  severities,
  options,
}: {
  serviceId: string;
  /** null: a form for a new policy, with a severity to pick from `severities`. */
  policy: { id: string; severity: string | null; levels: LevelValues[] } | null;
  title: string;
  /** For a new policy: the severities without a policy yet ("" is every severity). */
  severities?: Option[];
  options: { rotations: Option[]; people: Option[]; groups: Option[] };
}) {
  const prefix = policy ? `policy-${policy.id}` : "new-policy";
  const initial = {
    policyId: policy?.id ?? null,
    serviceId,
    severity: policy?.severity ?? severities?.[0]?.id ?? "",
    levels: policy?.levels ?? [NEW_LEVEL],
  };
  const { values, setValues, setErrors, errors, notice, setNotice, saving, submit, form } = useActionForm({
    schema: policySchema,
    initial: initial as PolicyInput,
    action: saveEscalationPolicy,
    onSaved: () => (policy ? { text: "Policy saved." } : { text: "Policy added.", reset: true }),
    unreachable: "Could not reach Beacon. Check your connection; your levels are still here.",
  });
  const levels = values.levels as LevelValues[];
  const [confirming, setConfirming] = useState(false);
  const [deleting, startDeleting] = useTransition();

  // After a level moves or goes, focus follows it (or the next sensible control).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  function setLevels(next: LevelValues[], focus?: string) {
    setValues((v) => ({ ...v, levels: next }) as PolicyInput);
    // Messages are per position; after a reorder they would point at the wrong level.
    setErrors({});
    focusNext.current = focus ?? null;
  }
  function change(i: number, patch: Partial<LevelValues>) {
    setValues((v) => {
      const next = [...(v.levels as LevelValues[])];
      next[i] = { ...next[i], ...patch };
      return { ...v, levels: next } as PolicyInput;
    });
  }
  function changeKind(i: number, kind: TargetKind) {
    // Primary ↔ secondary keeps the rotation; any other switch needs a new pick.
    const keep = isRotation(kind) && isRotation(levels[i].kind);
    change(i, { kind, target: keep ? levels[i].target : "" });
  }
  function move(i: number, by: -1 | 1) {
    const next = [...levels];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    const j = i + by;
    const stillMoves = by === -1 ? j > 0 : j < next.length - 1;
    setLevels(next, `${prefix}-${j}-${stillMoves ? (by === -1 ? "up" : "down") : "kind"}`);
  }
  function remove(i: number) {
    const next = levels.filter((_, k) => k !== i);
    setLevels(next, next.length ? `${prefix}-${Math.min(i, next.length - 1)}-kind` : `${prefix}-add`);
  }

  function confirmDelete() {
    if (!policy) return;
    startDeleting(async () => {
      const r = await deleteEscalationPolicy({ policyId: policy.id }).catch(() => ({
        ok: false as const,
        message: "Could not reach Beacon. The policy was not deleted.",
      }));
      if (!r.ok) {
        setNotice({ tone: "error", text: r.message });
        setConfirming(false);
      }
    });
  }

  const targetsFor = (k: TargetKind) => (isRotation(k) ? options.rotations : k === "person" ? options.people : options.groups);
  const err = (i: number, f: keyof LevelValues) => errors[`levels.${i}.${f}`];

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 id={`${prefix}-title`} className="text-base font-semibold">
        {title}
      </h3>
      {!policy && severities && (
        <Field id={`${prefix}-severity`} label="For" error={errors.severity}>
          <SelectInput
            id={`${prefix}-severity`}
            value={values.severity}
            onChange={(e) => setValues((v) => ({ ...v, severity: e.target.value }))}
            error={errors.severity}
          >
            {severities.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectInput>
        </Field>
      )}

      <ol className="space-y-3">
        {levels.map((l, i) => {
          const id = (f: string) => `${prefix}-${i}-${f}`;
          const targets = targetsFor(l.kind);
          return (
            <li key={i}>
              <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                <legend className="px-1 text-sm font-semibold">Level {i + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  <Field id={id("kind")} label="Pages" error={err(i, "kind")}>
                    <SelectInput
                      id={id("kind")}
                      value={l.kind}
                      onChange={(e) => changeKind(i, e.target.value as TargetKind)}
                      error={err(i, "kind")}
                    >
                      {TARGET_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {TARGET_KIND_LABELS[k]}
                        </option>
                      ))}
                    </SelectInput>
                  </Field>
                  <Field id={id("target")} label={TARGET_LABEL[l.kind]} error={err(i, "target")}>
                    <SelectInput
                      id={id("target")}
                      value={l.target}
                      onChange={(e) => change(i, { target: e.target.value })}
                      error={err(i, "target")}
                    >
                      <option value="">Pick a {TARGET_LABEL[l.kind].toLowerCase()}…</option>
                      {targets.map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                        </option>
                      ))}
                    </SelectInput>
                  </Field>
                  <Field id={id("wait")} label="Wait (minutes)" hint="Before the next level" error={err(i, "waitMinutes")}>
                    <TextInput
                      id={id("wait")}
                      inputMode="numeric"
                      value={l.waitMinutes}
                      onChange={(e) => change(i, { waitMinutes: e.target.value })}
                      error={err(i, "waitMinutes")}
                      hint
                    />
                  </Field>
                  <Field id={id("repeat")} label="Repeat (times)" hint="Paged again after each wait" error={err(i, "repeatCount")}>
                    <TextInput
                      id={id("repeat")}
                      inputMode="numeric"
                      value={l.repeatCount}
                      onChange={(e) => change(i, { repeatCount: e.target.value })}
                      error={err(i, "repeatCount")}
                      hint
                    />
                  </Field>
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  <Button type="button" variant="secondary" id={id("up")} disabled={i === 0} onClick={() => move(i, -1)}>
                    Move up<span className="sr-only"> level {i + 1}</span>
                  </Button>
                  <Button type="button" variant="secondary" id={id("down")} disabled={i === levels.length - 1} onClick={() => move(i, 1)}>
                    Move down<span className="sr-only"> level {i + 1}</span>
                  </Button>
                  <Button type="button" variant="quiet" onClick={() => remove(i)}>
                    Remove<span className="sr-only"> level {i + 1}</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {errors.levels && (
        <p id={`${prefix}-levels-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {errors.levels}
        </p>
      )}

      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="secondary"
          id={`${prefix}-add`}
          disabled={levels.length >= MAX_LEVELS}
          onClick={() => setLevels([...levels, NEW_LEVEL], `${prefix}-${levels.length}-kind`)}
        >
          Add a level
        </Button>
        <Button type="submit" disabled={saving || deleting}>
          {saving ? "Saving…" : policy ? "Save policy" : "Add policy"}
        </Button>
        {policy &&
          (confirming ? (
            <span role="group" aria-label="Confirm deleting this policy" className="flex flex-wrap items-center gap-2">
              <span className="text-sm">Delete this policy and all its levels?</span>
              <Button type="button" disabled={deleting} onClick={confirmDelete}>
                {deleting ? "Deleting…" : "Yes, delete policy"}
              </Button>
              <Button type="button" variant="quiet" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </span>
          ) : (
            <Button type="button" variant="quiet" onClick={() => setConfirming(true)}>
              Delete policy
            </Button>
          ))}
      </div>
    </form>
  );
}
