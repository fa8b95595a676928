"use client";
import { useEffect, useState } from "react";

/** The current time, re-read every `everyMs`, so clocks count down without a reload. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
