"use client";
// Calendar feeds of one kind ("my shifts", or one rotation) for the signed-in person: the list,
// a form to make one, its address shown once (only a hash is kept), and revoking with a confirm.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/oncall/feed-actions";
import { createFeedSchema, type CreatedFeed, type FeedSummary } from "@/lib/oncall/feed-schema";

const muted = "text-slate-600 dark:text-slate-300";

export function CalendarFeeds({
  scope,
  rotationId = null,
  initialFeeds,
  timeZone,
  heading: Heading = "h2",
}: {
  scope: "person" | "rotation";
  rotationId?: string | null;
  initialFeeds: FeedSummary[];
  timeZone: string;
  heading?: "h2" | "h3";
}) {
  const uid = useId();
  const [feeds, setFeeds] = useState(initialFeeds);
  const [created, setCreated] = useState<CreatedFeed | null>(null);
  const [open, setOpen] = useState(false);
  // Button takes no ref: focus is moved by id.
  const focus = (id: string) => document.getElementById(id)?.focus();
  const { values, set, errors, notice, setNotice, saving, submit, form } = useActionForm({
    schema: createFeedSchema,
    initial: { scope, rotation_id: rotationId, label: "" },
    action: createCalendarFeed,
    onSaved: (_v, data) => {
      setFeeds((f) => [data.feed, ...f]);
      setCreated(data);
      setOpen(false);
      return { text: "Feed created. Copy its address now: it is shown only this once.", reset: true };
    },
    unreachable: "Could not reach Beacon; no feed was made. Try again.",
  });

  const what = scope === "person" ? "your shifts" : "this rotation's schedule";
  return (
    <section aria-labelledby={`${uid}-title`} className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <Heading id={`${uid}-title`} className="text-base font-semibold">
        Calendar feeds
      </Heading>
      <p className={`mb-3 text-sm ${muted}`}>
        See {what} in your calendar app (Google, Outlook, Apple), kept up to date: a week back and eight weeks ahead. Anyone with a
        feed&rsquo;s address can read it, so revoke one you no longer use.
      </p>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {created && <NewFeedAddress url={created.url} onHide={() => { setCreated(null); setNotice(null); focus(`${uid}-new`); }} />}

      {feeds.length > 0 && (
        <ul className="my-3 divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {feeds.map((f) => (
            <FeedRow key={f.id} feed={f} timeZone={timeZone} onRevoked={(r) => setFeeds((all) => all.map((x) => (x.id === r.id ? r : x)))} />
          ))}
        </ul>
      )}

      {open ? (
        <form ref={form} onSubmit={submit} noValidate className="mt-3 space-y-3">
          <Field id={`${uid}-label`} label="Label (optional)" hint="Where you will use it, e.g. “work phone”, so you know which one to revoke later." error={errors.label}>
            <TextInput id={`${uid}-label`} value={values.label} onChange={set("label")} error={errors.label} hint maxLength={200} autoComplete="off" />
          </Field>
          {errors.rotation_id && <Notice tone="error">{errors.rotation_id}</Notice>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={saving}>{saving ? "Creating…" : "Create feed"}</Button>
            <Button type="button" variant="secondary" disabled={saving} onClick={() => { setOpen(false); setNotice(null); }}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button id={`${uid}-new`} type="button" variant="secondary" className="mt-1" onClick={() => { setOpen(true); setNotice(null); }}>
          New calendar feed
        </Button>
      )}
    </section>
  );
}

/** The address, once: copy it, open it in a calendar app, or hide it for good. */
function NewFeedAddress({ url, onHide }: { url: string; onHide: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => input.current?.focus(), []);
  async function copyAddress() {
    try {
      await Promise.race([navigator.clipboard.writeText(url), new Promise((_, no) => setTimeout(() => no(new Error("timeout")), 1000))]);
      setCopy("copied");
    } catch {
      // No clipboard (an insecure origin, or permission refused): select it for Ctrl+C instead.
      input.current?.select();
      setCopy("failed");
    }
  }
  return (
    <div className="mt-3 space-y-2 rounded-md border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950">
      <Field id={id} label="Feed address" hint="Beacon keeps only a fingerprint of it and cannot show it again.">
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            id={id}
            readOnly
            value={url}
            aria-describedby={`${id}-hint`}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <Button type="button" variant="secondary" onClick={copyAddress}>Copy address</Button>
        </div>
      </Field>
      <p aria-live="polite" className="font-medium">
        {copy === "copied" ? "Copied." : copy === "failed" ? "Could not copy: the address is selected, press Ctrl+C (⌘C on a Mac)." : ""}
      </p>
      <p>
        To subscribe, choose &ldquo;Subscribe to calendar&rdquo; or &ldquo;Add calendar from URL&rdquo; in your calendar app and paste the address, or{" "}
        <a href={url.replace(/^https?:/, "webcal:")} className="font-medium underline">open it in your calendar app</a>.
      </p>
      <Button type="button" variant="quiet" onClick={onHide}>I have copied it</Button>
    </div>
  );
}

function FeedRow({ feed, timeZone, onRevoked }: { feed: FeedSummary; timeZone: string; onRevoked: (f: FeedSummary) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const uid = useId();
  const asked = useRef(false);
  // Focus follows the question: to "Yes, revoke" when asked, back to "Revoke" when kept.
  useEffect(() => {
    if (confirming) document.getElementById(`${uid}-yes`)?.focus();
    else if (asked.current) document.getElementById(`${uid}-revoke`)?.focus();
    asked.current = confirming;
  }, [confirming, uid]);
  const name = feed.label || "Unnamed feed";

  function revoke() {
    setError(null);
    start(async () => {
      const r = await revokeCalendarFeed({ id: feed.id }).catch(() => ({ ok: false as const, message: "Could not reach Beacon; the feed still works. Try again." }));
      if (r.ok) onRevoked(r.data);
      else setError(r.message);
      setConfirming(false);
    });
  }

  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
      <div className="min-w-0 flex-1">
        <span className="font-medium break-words">{name}</span>
        {feed.revoked_at && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">Revoked</span>}
        <div className={`text-xs ${muted}`}>
          Created <LocalTime at={new Date(feed.created_at)} timeZone={timeZone} />
          {feed.revoked_at ? (
            <> · revoked <LocalTime at={new Date(feed.revoked_at)} timeZone={timeZone} /></>
          ) : feed.last_used_at ? (
            <> · last fetched <LocalTime at={new Date(feed.last_used_at)} timeZone={timeZone} /></>
          ) : (
            " · not fetched yet"
          )}
        </div>
        {error && <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">{error}</p>}
      </div>
      {!feed.revoked_at &&
        (confirming ? (
          <div role="group" aria-label={`Revoke ${name}?`} className="flex flex-wrap items-center gap-2">
            <span className="text-sm">Calendars using it stop updating. Revoke?</span>
            <Button id={`${uid}-yes`} type="button" disabled={pending} onClick={revoke}>
              {pending ? "Revoking…" : "Yes, revoke"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        ) : (
          <Button id={`${uid}-revoke`} type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
            Revoke
          </Button>
        ))}
    </li>
  );
}
