"use client";
// Overrides on a rotation page: the ones coming up (with Remove where allowed), "Take a shift" for
// anyone, and the full override form. Leads and admins change anyone's shifts; everyone else may
// only put themself on call (RLS enforces it; this form offers only that).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DayTime } from "@/components/oncall/times";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass, SelectInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { fieldErrorsOf, type ActionResult, type FieldErrors } from "@/lib/actions/result";
import type { OverrideRecord } from "@/lib/oncall/queries";
import { addOverride, removeOverride } from "@/lib/oncall/rotation-actions";
import { overrideFormSchema, type OverrideFormInput } from "@/lib/oncall/schema";
import type { TakeableShift } from "@/lib/oncall/take-shift";
import { fromLocalInput, toLocalInput } from "@/lib/time/local-input";

type Kind = "replace" | "add" | "remove";
const KIND_LABELS: Record<Kind, string> = {
  replace: "Cover for someone (replace)",
  add: "Add someone on call too",
  remove: "Take someone off call",
};
const muted = "text-slate-600 dark:text-slate-300";
const UNREACHABLE = "Could not reach Beacon. Check your connection and try again.";

function overrideText(o: OverrideRecord, nameOf: (id: string) => string): string {
  if (o.kind === "replace") return `${nameOf(o.addId)} covers ${nameOf(o.removeId)}`;
  return o.kind === "add" ? `${nameOf(o.addId)} on call too` : `${nameOf(o.removeId)} off call`;
}

function Range({ start, end, zone }: { start: Date; end: Date; zone: string }) {
  return (
    <span className="tabular-nums">
      <DayTime at={start} timeZone={zone} withDate /> – <DayTime at={end} timeZone={zone} withDate />
    </span>
  );
}

export function OverridesPanel({
  rotationId,
  me,
  canEditAll,
  people,
  participants,
  overrides,
  takeable,
  viewerZone,
}: {
  rotationId: string;
  me: string;
  canEditAll: boolean;
  people: { id: string; name: string }[];
  participants: string[];
  overrides: OverrideRecord[];
  takeable: TakeableShift[];
  viewerZone: string;
}) {
  const router = useRouter();
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "Unknown person";
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, startBusy] = useTransition();
  const run = (work: () => Promise<ActionResult<unknown>>, done: string) => {
    setNotice(null);
    startBusy(async () => {
      const r = await work().catch(() => ({ ok: false as const, message: UNREACHABLE }));
      if (r.ok) {
        setNotice({ tone: "success", text: done });
        router.refresh();
      } else {
        const field = "fieldErrors" in r && r.fieldErrors ? Object.values(r.fieldErrors)[0] : undefined;
        setNotice({ tone: "error", text: field ?? r.message });
      }
    });
  };
  const canRemove = (o: OverrideRecord) => canEditAll || (o.createdBy === me && o.kind !== "remove" && o.addId === me);

  return (
    <section aria-labelledby="overrides-title" className="mb-8 space-y-4">
      <h2 id="overrides-title" className="text-lg font-semibold">
        Overrides and swaps
      </h2>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}

      {overrides.length === 0 ? (
        <p className={muted}>No overrides in the next four weeks.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {overrides.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
              <Range start={o.start} end={o.end} zone={viewerZone} />
              <span className="min-w-0 flex-1 break-words">
                <span className="font-medium">{overrideText(o, nameOf)}</span>
                {o.note && <span className={muted}> — {o.note}</span>}
              </span>
              {canRemove(o) && (
                <Button
                  type="button"
                  variant="secondary"
                  className="min-h-9"
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Remove "${overrideText(o, nameOf)}"? The rotation's own schedule applies again.`)) {
                      run(() => removeOverride({ overrideId: o.id }), "Override removed.");
                    }
                  }}
                >
                  Remove<span className="sr-only"> override: {overrideText(o, nameOf)}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      <div>
        <h3 className="font-semibold">Take a shift</h3>
        <p className={`mb-2 text-sm ${muted}`}>Cover someone&rsquo;s scheduled shift: you become the primary for it. Times are in your zone.</p>
        {takeable.length === 0 ? (
          <p className="text-sm">No one else&rsquo;s shifts in the next two weeks.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {takeable.map((s) => (
              <li key={s.start.toISOString()} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{nameOf(s.personId)}</span>
                <Range start={s.start} end={s.end} zone={viewerZone} />
                <Button
                  type="button"
                  variant="secondary"
                  className="min-h-9"
                  disabled={busy}
                  onClick={() =>
                    run(
                      () => addOverride({ rotationId, kind: "replace", addId: me, removeId: s.personId, start: s.start, end: s.end, note: "" }),
                      `You are covering ${nameOf(s.personId)}'s shift.`,
                    )
                  }
                >
                  Take this shift<span className="sr-only"> from {nameOf(s.personId)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <OverrideForm rotationId={rotationId} me={me} canEditAll={canEditAll} people={people} participants={participants} viewerZone={viewerZone} nameOf={nameOf} />
    </section>
  );
}

/** The full override form: any range, any kind (leads), or putting yourself on call (everyone). */
function OverrideForm({
  rotationId,
  me,
  canEditAll,
  people,
  participants,
  viewerZone,
  nameOf,
}: {
  rotationId: string;
  me: string;
  canEditAll: boolean;
  people: { id: string; name: string }[];
  participants: string[];
  viewerZone: string;
  nameOf: (id: string) => string;
}) {
  const router = useRouter();
  const [v, setV] = useState(() => {
    // The next whole hour, for eight hours: a typical "cover my evening".
    const soon = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
    return {
      kind: "replace" as Kind,
      addId: canEditAll ? "" : me,
      removeId: "",
      start: toLocalInput(soon, viewerZone),
      end: toLocalInput(new Date(soon.getTime() + 8 * 3_600_000), viewerZone),
      note: "",
    };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  const set = (key: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV((old) => ({ ...old, [key]: e.target.value }));
  const kinds: Kind[] = canEditAll ? ["replace", "add", "remove"] : ["replace", "add"];
  const covered = [...new Set(participants)].filter((id) => canEditAll || id !== me);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(null);
    const start = fromLocalInput(v.start, viewerZone);
    const end = fromLocalInput(v.end, viewerZone);
    const input = {
      rotationId,
      kind: v.kind,
      ...(v.kind !== "remove" && { addId: canEditAll ? v.addId : me }),
      ...(v.kind !== "add" && { removeId: v.removeId }),
      start: start ?? "",
      end: end ?? "",
      note: v.note,
    } as OverrideFormInput;
    const checked = overrideFormSchema.safeParse(input);
    if (!checked.success || !start || !end) {
      const found = checked.success ? {} : fieldErrorsOf(checked.error);
      if (!start) found.start = "Enter when the override starts, e.g. 2026-11-24 09:00";
      if (!end) found.end = "Enter when the override ends";
      setErrors(found);
      setNotice({ tone: "error", text: "Some fields need attention." });
      return;
    }
    startSaving(async () => {
      const r = await addOverride(input).catch(() => ({ ok: false as const, message: UNREACHABLE }));
      if (r.ok) {
        setErrors({});
        setNotice({ tone: "success", text: "Override saved." });
        setV((old) => ({ ...old, note: "" }));
        router.refresh();
      } else {
        setErrors(("fieldErrors" in r && r.fieldErrors) || {});
        setNotice({ tone: "error", text: r.message });
      }
    });
  }

  const personSelect = (id: "addId" | "removeId", label: string, options: string[]) => (
    <Field id={`override-${id}`} label={label} error={errors[id]}>
      <SelectInput
        id={`override-${id}`}
        value={v[id]}
        onChange={set(id)}
        error={errors[id]}
      >
        <option value="">Choose a person…</option>
        {options.map((pid) => (
          <option key={pid} value={pid}>
            {nameOf(pid)}
          </option>
        ))}
      </SelectInput>
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby="override-form-title">
      <h3 id="override-form-title" className="font-semibold">
        {canEditAll ? "Add an override" : "Put yourself on call"}
      </h3>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Field id="override-kind" label="What changes" error={errors.kind}>
        <select id="override-kind" className={selectClass} value={v.kind} onChange={set("kind")}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {canEditAll ? KIND_LABELS[k] : k === "replace" ? "I cover for someone" : "I join whoever is on call"}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {v.kind !== "add" && personSelect("removeId", v.kind === "replace" ? "Covering for" : "Taken off call", covered)}
        {v.kind !== "remove" && canEditAll && personSelect("addId", v.kind === "replace" ? "Who covers" : "Who is added", people.map((p) => p.id))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="override-start" label={`Starts (${viewerZone})`} error={errors.start}>
          <TextInput id="override-start" type="datetime-local" value={v.start} onChange={set("start")} error={errors.start} />
        </Field>
        <Field id="override-end" label={`Ends (${viewerZone})`} error={errors.end}>
          <TextInput id="override-end" type="datetime-local" value={v.end} onChange={set("end")} error={errors.end} />
        </Field>
      </div>
      <Field id="override-note" label="Note (optional)" hint="e.g. swapped for the 3rd; at a wedding" error={errors.note}>
        <TextInput id="override-note" value={v.note} onChange={set("note")} maxLength={500} error={errors.note} hint />
      </Field>
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save override"}
      </Button>
    </form>
  );
}
