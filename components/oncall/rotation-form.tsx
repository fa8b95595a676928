"use client";
// Create or edit a rotation, with a live preview beside the form and, on save, the hours each
// person gains or loses. If the change would swap who is on call right now, the lead must tick a
// box naming the new person; the server refuses the save otherwise (lib/oncall/rotation-actions).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, selectClass, SelectInput, TimeZoneSelect } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { useNow } from "@/components/ui/use-now";
import { hoursChanges, IMPACT_WEEKS, onCallSwapAt, swapToken } from "@/lib/oncall/edit-impact";
import { nextHandoffs } from "@/lib/oncall/handoffs";
import type { RotationSetup } from "@/lib/oncall/now";
import { saveRotation, type RotationSaved } from "@/lib/oncall/rotation-actions";
import { rotationFormSchema, rotationSchema, SHIFT_UNITS, type RotationFormInput } from "@/lib/oncall/schema";
import { HoursChanges, RotationPreview, swapText } from "./rotation-preview";
import { ParticipantsEditor } from "./participants-editor";

const WEEK_MS = 7 * 86_400_000;
type Option = { id: string; name: string };

export function RotationForm({
  initial,
  before,
  people,
  services,
  otherRotations,
  timeZones,
  viewerZone,
}: {
  initial: RotationFormInput;
  /** The rotation as saved, with its overrides over the next weeks; null for a new one. */
  before: RotationSetup | null;
  people: Option[];
  services: Option[];
  otherRotations: Option[];
  timeZones: string[];
  viewerZone: string;
}) {
  const router = useRouter();
  const now = useNow(60_000);
  const [saved, setSaved] = useState<RotationSaved | null>(null);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "Unknown person";
  const isNew = !initial.rotationId;

  const { values, setValues, errors, notice, saving, submit, form } = useActionForm({
    schema: rotationFormSchema,
    initial,
    action: async (values) => {
      // Stop before the round trip when a swap is not confirmed; the server checks again.
      if (preview.swap && values.confirmedNow !== swapToken(preview.swap)) {
        return {
          ok: false as const,
          message: "This change would change who is on call right now. Confirm it below, or change the order back.",
          fieldErrors: { confirmedNow: "Confirm who will be on call right now, or change the order back." },
        };
      }
      return saveRotation(values);
    },
    onSaved: (_values, data) => {
      setSaved(data);
      // The saved rotation is the new "before" for the preview.
      if (!isNew) router.refresh();
      return { text: isNew ? "Rotation created." : "Rotation saved." };
    },
    unreachable: "Could not reach Beacon. Check your connection; your changes are still here.",
  });
  const update = (patch: Partial<RotationFormInput>) => {
    setSaved(null);
    setValues((v) => ({ ...v, ...patch }));
  };

  // The preview: only once the shift settings are valid (the math refuses anything else).
  const preview = (() => {
    const checked = rotationSchema.safeParse(values);
    if (!checked.success) {
      return { problem: "The preview appears once the time zone, shift length, handoff time, start date and participants are valid.", handoffs: [], changes: [], swap: null };
    }
    const after: RotationSetup = {
      id: initial.rotationId ?? "new",
      rotation: checked.data,
      overrides: before?.overrides ?? [],
      secondary: { kind: "next_participant" },
    };
    return {
      problem: null,
      handoffs: nextHandoffs(checked.data, now, 6),
      changes: hoursChanges(before, after, now, new Date(now.getTime() + IMPACT_WEEKS * WEEK_MS)),
      swap: before ? onCallSwapAt(before, after, now) : null,
    };
  })();
  const swapWords = preview.swap ? swapText(preview.swap, nameOf) : null;
  const secondary = values.secondary as { kind: string; rotationId?: string };

  const summary = saved && (
    <div role="status" className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-4 text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
      <p className="font-semibold">{notice?.text ?? "Saved."}</p>
      {saved.swap && (
        <p className="text-sm">
          On call now: {swapText(saved.swap, nameOf).after} (was {swapText(saved.swap, nameOf).now}).
        </p>
      )}
      <h2 className="text-sm font-semibold">
        {isNew ? "Hours on call" : "Hours gained or lost"}, next {IMPACT_WEEKS} weeks
      </h2>
      <HoursChanges changes={saved.changes} nameOf={nameOf} isNew={isNew} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/oncall/${saved.id}`} className="font-medium underline">
          Open the rotation
        </Link>
        {isNew && (
          <Link href={`/oncall/${saved.id}/edit`} className="font-medium underline">
            Edit it
          </Link>
        )}
      </p>
    </div>
  );
  // A new rotation exists now: the summary replaces the form, so it cannot be created twice.
  if (isNew && summary) return <div className="max-w-xl">{summary}</div>;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form ref={form} onSubmit={submit} noValidate className="space-y-5">
        {notice && notice.tone === "error" && <Notice tone="error">{notice.text}</Notice>}
        <Field id="name" label="Name" error={errors.name}>
          <TextInput id="name" value={values.name} onChange={(e) => update({ name: e.target.value })} required error={errors.name} />
        </Field>

        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Services it covers</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {services.map((s) => (
              <label key={s.id} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={(values.serviceIds ?? []).includes(s.id)}
                  onChange={(e) =>
                    update({ serviceIds: e.target.checked ? [...(values.serviceIds ?? []), s.id] : (values.serviceIds ?? []).filter((x) => x !== s.id) })
                  }
                />
                {s.name}
              </label>
            ))}
          </div>
          {errors.serviceIds && <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors.serviceIds}</p>}
        </fieldset>

        <Field id="timeZone" label="Time zone" hint="Handoffs follow the wall clock here, across daylight-saving changes." error={errors.timeZone}>
<TimeZoneSelect id="timeZone" zones={timeZones} value={values.timeZone} onChange={(e) => update({ timeZone: e.target.value })} error={errors.timeZone} hint />
        </Field>

        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="shiftLength.count" label="Shift length" error={errors["shiftLength.count"] ?? errors["shiftLength.unit"]}>
            <div className="flex gap-2">
              <div className="w-24 shrink-0">
                <TextInput
                  id="shiftLength.count"
                  inputMode="numeric"
                  value={String(values.shiftLength.count)}
                  onChange={(e) => update({ shiftLength: { ...values.shiftLength, count: e.target.value } })}
                  error={errors["shiftLength.count"]}
                />
              </div>
              <select
                aria-label="Shift length unit"
                className={selectClass}
                value={values.shiftLength.unit}
                onChange={(e) => update({ shiftLength: { ...values.shiftLength, unit: e.target.value as (typeof SHIFT_UNITS)[number] } })}
              >
                {SHIFT_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </div>
          </Field>
          <Field id="handoffTime" label="Handoff time" hint="In the rotation's time zone, 00:00–23:59." error={errors.handoffTime}>
            <TextInput id="handoffTime" type="time" value={values.handoffTime} onChange={(e) => update({ handoffTime: e.target.value })} error={errors.handoffTime} hint />
          </Field>
        </div>

        <Field id="startDate" label="First shift starts on" hint="The first shift starts at the handoff time on this day." error={errors.startDate}>
          <TextInput id="startDate" type="date" value={values.startDate} onChange={(e) => update({ startDate: e.target.value })} error={errors.startDate} hint />
        </Field>

        <ParticipantsEditor value={values.participants as string[]} onChange={(participants) => update({ participants })} people={people} error={errors.participants} />

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Secondary (who backs the primary up)</legend>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" name="secondary" className="size-4" checked={secondary.kind === "next_participant"} onChange={() => update({ secondary: { kind: "next_participant" } })} />
            The next participant in order
          </label>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="radio"
              name="secondary"
              className="size-4"
              checked={secondary.kind === "rotation"}
              disabled={otherRotations.length === 0}
              onChange={() => update({ secondary: { kind: "rotation", rotationId: otherRotations[0]?.id ?? "" } })}
            />
            The primary of another rotation
          </label>
          {secondary.kind === "rotation" && (
            <Field id="secondary.rotationId" label="Backed up by the primary of" error={errors["secondary.rotationId"]}>
              <SelectInput
                id="secondary.rotationId"
                value={secondary.rotationId ?? ""}
                onChange={(e) => update({ secondary: { kind: "rotation", rotationId: e.target.value } })}
                error={errors["secondary.rotationId"]}
              >
                {otherRotations.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </SelectInput>
            </Field>
          )}
        </fieldset>

        {preview.swap && swapWords && (
          <div role="alert" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-semibold">This changes who is on call right now.</p>
            <p>
              On call now: <strong>{swapWords.now}</strong>. After saving: <strong>{swapWords.after}</strong>, immediately.
            </p>
            <label className="flex items-start gap-2">
              <input
                id="confirmedNow"
                type="checkbox"
                className="mt-0.5 size-4"
                checked={values.confirmedNow === swapToken(preview.swap)}
                onChange={(e) => update({ confirmedNow: e.target.checked ? swapToken(preview.swap!) : undefined })}
                aria-invalid={errors.confirmedNow ? true : undefined}
                aria-describedby={errors.confirmedNow ? "confirmedNow-error" : undefined}
              />
              <span>Yes, {swapWords.after} takes over now (tell {swapWords.now}).</span>
            </label>
            {errors.confirmedNow && (
              <p id="confirmedNow-error" className="font-medium text-red-700 dark:text-red-300">
                {errors.confirmedNow}
              </p>
            )}
          </div>
        )}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : isNew ? "Create rotation" : "Save rotation"}
          </Button>
          <Link href={isNew ? "/oncall" : `/oncall/${initial.rotationId}`} className="text-sm underline">
            Cancel
          </Link>
        </div>
      </form>

      <div className="space-y-4">
        {summary}
        <RotationPreview
          handoffs={preview.handoffs}
          changes={preview.changes}
          isNew={isNew}
          nameOf={nameOf}
          rotationZone={String(values.timeZone)}
          viewerZone={viewerZone}
          problem={preview.problem}
        />
      </div>
    </div>
  );
}
