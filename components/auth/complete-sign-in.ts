"use client";

import { signIn } from "next-auth/react";

/** Redeems the server's single-use sign-in ticket for a session, then goes where the person was heading. */
export async function completeSignIn(callbackUrl: string): Promise<string | null> {
  const result = await signIn("sign-in-ticket", { redirect: false });
  if (!result?.ok) return "Your sign-in has expired. Enter your email address and password again.";
  window.location.assign(callbackUrl);
  return null;
}
