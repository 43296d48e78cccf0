import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser, type MembershipDto } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, NotSignedInError } from "./errors";
import { can, type Permission } from "./permissions";

export type PartnershipAccess = { user: CurrentUser; membership: MembershipDto };

/**
 * Checks a signed-in user's membership of a partnership and the permission, for actions and route
 * handlers. Not a member → NotFound (another partnership's ids reveal nothing); member without the
 * permission → Forbidden.
 */
export function authorise(
  user: CurrentUser | null,
  partnershipId: string,
  permission: Permission,
): PartnershipAccess {
  if (!user) throw new NotSignedInError();
  const membership = user.memberships.find((m) => m.partnershipId === partnershipId);
  if (!membership) throw new NotFoundError("partnership");
  if (!can(membership.role, permission)) throw new ForbiddenError();
  return { user, membership };
}

/** For pages: signed-out people go to sign-in; anyone else without access gets a 404. */
export async function requirePageAccess(
  partnershipId: string,
  permission: Permission,
): Promise<PartnershipAccess> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  try {
    return authorise(user, partnershipId, permission);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
