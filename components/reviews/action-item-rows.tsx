"use client";
// The rows of the cross-incident action items table. Each row owns its status: a change saves at
// once (setActionItemStatus, allowed after a review is published too) and the row stays where it
// is until the next visit, so the control a keyboard user just used never vanishes under them.
import Link from "next/link";
import { useState, useTransition } from "react";
import { selectClass } from "@/components/ui/field";
import { incidentRef } from "@/lib/incidents/ref";
import { setActionItemStatus } from "@/lib/reviews/actions";
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ACTION_TYPE_LABELS,
  isOverdue,
  type ActionStatus,
} from "@/lib/reviews/model";
import type { ActionItemListItem } from "@/lib/reviews/queries";

// As on the On call page: below sm each row is a card and each cell shows its column name.
const cell =
  "px-4 py-3 align-top max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-300";
// Short values share a line on a phone, two to a row, so a card stays a card and not a page.
const half = cell.replace("max-sm:block", "max-sm:inline-block max-sm:w-1/2");
const muted = "text-slate-600 dark:text-slate-300";

/** Only web addresses become links; anything else a tracker field might hold is shown as text. */
function safeLink(url: string | null): { href: string; text: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    // "tracker.example.com/BEACON-31": which ticket, without the noise of the scheme.
    return { href: u.href, text: `${u.host}${u.pathname === "/" ? "" : u.pathname}` };
  } catch {
    return null;
  }
}

/** "Mon 7 Dec 2026" for a calendar date (YYYY-MM-DD), which has no time zone of its own. */
function dayText(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function ActionItemRows({
  items,
  names,
  today,
}: {
  items: ActionItemListItem[];
  /** person id → name */
  names: Record<string, string>;
  /** YYYY-MM-DD in the viewer's zone: what "overdue" counts from. */
  today: string;
}) {
  return (
    <>
      {items.map((item) => (
        <Row key={item.id} item={item} ownerName={item.owner_id ? (names[item.owner_id] ?? "A former colleague") : null} today={today} />
      ))}
    </>
  );
}

type Save = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

function Row({ item, ownerName, today }: { item: ActionItemListItem; ownerName: string | null; today: string }) {
  const [status, setStatus] = useState<ActionStatus>(item.status);
  const [save, setSave] = useState<Save>({ kind: "idle" });
  const [, start] = useTransition();
  const ref = incidentRef(item.incident_number);
  const overdue = isOverdue({ status, due_date: item.due_date }, today);
  const tracker = safeLink(item.tracker_url);
  const selectId = `status-${item.id}`;

  const change = (next: ActionStatus) => {
    const before = status;
    setStatus(next);
    setSave({ kind: "saving" });
    start(async () => {
      const r = await setActionItemStatus({ id: item.id, status: next }).catch(() => ({
        ok: false as const,
        message: "Beacon could not be reached; the status did not change. Try again.",
      }));
      if (r.ok) setSave({ kind: "saved" });
      else {
        setStatus(before);
        setSave({ kind: "error", message: r.message });
      }
    });
  };

  return (
    <tr className="max-sm:block max-sm:py-2" data-testid="action-item">
      <th scope="row" className="px-4 py-3 align-top font-semibold break-words max-sm:block max-sm:pb-1 max-sm:text-base">
        {item.title}
        {tracker ? (
          <a href={tracker.href} target="_blank" rel="noopener noreferrer" className="mt-0.5 block text-sm font-normal break-all underline">
            {tracker.text}
            <span className="sr-only"> (ticket, opens in a new tab)</span>
          </a>
        ) : (
          item.tracker_url && <span className={`mt-0.5 block text-sm font-normal ${muted}`}>Ticket: {item.tracker_url}</span>
        )}
      </th>
      <td data-label="Incident" className={cell}>
        <Link href={`/reviews/${ref}`} className="underline">
          <span className="font-mono font-semibold">{ref}</span> {item.incident_title}
        </Link>
        {item.drill && <span className={`block text-xs ${muted}`}>Drill</span>}
      </td>
      <td data-label="Owner" className={half}>
        {ownerName ?? <span className={muted}>No owner</span>}
      </td>
      <td data-label="Due" className={half}>
        {item.due_date ? <time dateTime={item.due_date}>{dayText(item.due_date)}</time> : <span className={muted}>No date</span>}
        {overdue && <span className="block font-semibold text-red-700 dark:text-red-300">Overdue</span>}
      </td>
      <td data-label="Priority" className={half}>
        {ACTION_PRIORITY_LABELS[item.priority]}
      </td>
      <td data-label="Type" className={half}>
        {ACTION_TYPE_LABELS[item.type]}
      </td>
      <td data-label="Status" className={cell}>
        <label htmlFor={selectId} className="sr-only">
          Status of {item.title}
        </label>
        <select
          id={selectId}
          className={`${selectClass} min-w-32`}
          value={status}
          aria-busy={save.kind === "saving"}
          onChange={(e) => change(e.target.value as ActionStatus)}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span role="status" className="mt-1 block min-h-5 text-xs">
          {save.kind === "saving" && <span className={muted}>Saving…</span>}
          {save.kind === "saved" && <span className="text-green-800 dark:text-green-300">Saved</span>}
        </span>
        {save.kind === "error" && (
          <span role="alert" className="block text-xs font-medium text-red-700 dark:text-red-300">
            {save.message}
          </span>
        )}
      </td>
    </tr>
  );
}
