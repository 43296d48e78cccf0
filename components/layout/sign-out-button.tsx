"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in?signedOut=1" })}
      className="text-white underline underline-offset-4"
    >
      Sign out
    </button>
  );
}
