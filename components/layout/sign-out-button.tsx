"use client";

import { useState } from "react";

const SIGNED_OUT = "/sign-in?signedOut=1";

/**
 * Signs out through next-auth's own endpoints (a CSRF token, then POST /api/auth/signout), as
 * next-auth/react's signOut does, without shipping that library (about 12 KB gzip) on every page.
 */
async function signOut(): Promise<void> {
  try {
    const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as {
      csrfToken: string;
    };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Auth-Return-Redirect": "1",
      },
      body: new URLSearchParams({ csrfToken, callbackUrl: SIGNED_OUT, json: "true" }),
    });
  } finally {
    // Whatever happened, leave the page with a full load, so nothing of the signed-in pages stays
    // in the client's cache; the sign-in page shows whether the session has ended.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.href = SIGNED_OUT;
  }
}

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut();
      }}
      className="text-white underline underline-offset-4"
    >
      Sign out
    </button>
  );
}
