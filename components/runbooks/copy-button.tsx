"use client";
import { useState } from "react";

/** The async Clipboard API where it answers promptly, else the old select-and-copy. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await Promise.race([
      navigator.clipboard.writeText(text),
      new Promise((_, reject) => setTimeout(() => reject(new Error("clipboard timeout")), 1000)),
    ]);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Copies a code block's text; says so for screen readers too. */
export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<"idle" | "copying" | "copied" | "failed">("idle");
  async function copy() {
    setState("copying");
    setState((await writeClipboard(text)) ? "copied" : "failed");
    setTimeout(() => setState("idle"), 2000);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="no-print absolute right-2 top-2 rounded border border-slate-500 bg-slate-800 px-2 py-1 text-xs font-medium text-slate-100 hover:bg-slate-700"
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : state === "copying" ? "Copying…" : "Copy"}</span>
      <span className="sr-only"> code</span>
    </button>
  );
}
