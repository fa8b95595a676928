"use client";
import { Notice } from "@/components/ui/notice";
import { formatDuration } from "@/lib/incidents/timers";
import type { VersionedNotice } from "./use-versioned-edit";
import { useNow } from "@/components/ui/use-now";

/** "Changed by Ana 20 s ago — review and retry", with what they saved next to what was typed. */
export function SaveNotice({ notice, theirs }: { notice: VersionedNotice | null; theirs?: (string | null)[] }) {
  const now = useNow(5000);
  if (!notice) return null;
  if (!notice.conflict) return <Notice tone={notice.tone}>{notice.text}</Notice>;
  const ago = formatDuration(Math.max(0, now.getTime() - new Date(notice.conflict.at).getTime()));
  const shown = (theirs ?? []).filter((t): t is string => !!t);
  return (
    <Notice tone="error">
      <p className="font-semibold">
        Changed by {notice.conflict.by} {ago} ago — review and retry.
      </p>
      <p>What you typed is still here. Saving again will apply it on top of their change.</p>
      {shown.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {shown.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
