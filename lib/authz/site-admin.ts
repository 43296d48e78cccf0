import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "./errors";

/**
 * Site administration sits outside every partnership, so the permission table does not apply:
 * only User.isSiteAdmin counts. Everyone else is told the page does not exist.
 */
export function assertSiteAdmin(user: CurrentUser | null): CurrentUser {
  if (!user?.isSiteAdmin) throw new NotFoundError();
  return user;
}

/** For pages: signed-out people go to sign-in; anyone who is not a site administrator gets a 404. */
export async function requireSiteAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!user.isSiteAdmin) notFound();
  return user;
}
