"use client";

import { useEffect } from "react";

const EVERY_MS = 5 * 60_000;

/**
 * Sessions end after a period of inactivity. While the person is active (typing, clicking), the
 * session is refreshed at most every five minutes; an idle tab lets it lapse.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < EVERY_MS) return;
      last = Date.now();
      void fetch("/api/auth/session", { cache: "no-store" });
    };
    const events = ["keydown", "pointerdown", "scroll"] as const;
    events.forEach((event) => window.addEventListener(event, onActivity, { passive: true }));
    return () => events.forEach((event) => window.removeEventListener(event, onActivity));
  }, []);
  return null;
}
