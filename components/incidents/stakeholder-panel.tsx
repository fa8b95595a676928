"use client";
// Stakeholder updates: a status-page post or a customer notification, filled from the incident,
// editable, copied to wherever it goes, then recorded on the timeline as sent.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { recordStakeholderUpdate } from "@/lib/incidents/actions";
import type { Incident, Severity, StakeholderChannel } from "@/lib/incidents/model";
import { stakeholderUpdateSchema } from "@/lib/incidents/schema";
import { stakeholderTemplate } from "@/lib/incidents/templates";

const CHANNELS: { id: StakeholderChannel; label: string }[] = [
  { id: "status_page", label: "Status page update" },
  { id: "customer", label: "Customer notification" },
];

export function StakeholderPanel({
  incident,
  severity,
  serviceNames,
  timeZone,
  onRecorded,
}: {
  incident: Incident;
  severity: Severity | undefined;
  serviceNames: string[];
  timeZone: string;
  onRecorded: () => void;
}) {
  const fill = (channel: StakeholderChannel) =>
    severity
      ? stakeholderTemplate(channel, { incident, severity, serviceNames, now: new Date(), timeZone })
      : "";
  const [channel, setChannel] = useState<StakeholderChannel>("status_page");
  const [body, setBody] = useState(() => fill("status_page"));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      setMessage({ tone: "success", text: "Copied. Paste it where it goes, then record it as sent." });
    } catch {
      setMessage({ tone: "error", text: "Could not copy; select the text and copy it by hand." });
    }
  };
  const record = () => {
    const checked = stakeholderUpdateSchema.safeParse({ incident_id: incident.id, channel, body });
    if (!checked.success) return setMessage({ tone: "error", text: checked.error.issues[0]?.message ?? "Check the text" });
    start(async () => {
      const r = await recordStakeholderUpdate({ incident_id: incident.id, channel, body }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; nothing was recorded. The text is still here.",
      }));
      setMessage(r.ok ? { tone: "success", text: "Recorded on the timeline as sent." } : { tone: "error", text: r.message });
      if (r.ok) onRecorded();
    });
  };

  return (
    <section aria-labelledby="stakeholder-title" className="space-y-3">
      <h2 id="stakeholder-title" className="text-lg font-semibold">
        Stakeholder update
      </h2>
      <div className="space-y-1">
        <label htmlFor="stakeholder-channel" className="block text-sm font-medium">
          Template
        </label>
        <select
          id="stakeholder-channel"
          className={selectClass}
          value={channel}
          onChange={(e) => {
            const c = e.target.value as StakeholderChannel;
            setChannel(c);
            setBody(fill(c));
            setMessage(null);
          }}
        >
          {CHANNELS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="stakeholder-body" className="block text-sm font-medium">
          Text (edit before sending)
        </label>
        <textarea
          id="stakeholder-body"
          rows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={copy}>
          Copy text
        </Button>
        <Button type="button" onClick={record} disabled={pending}>
          {pending ? "Recording…" : "Record as sent"}
        </Button>
        <Button type="button" variant="quiet" onClick={() => setBody(fill(channel))}>
          Refill from incident
        </Button>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
