import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/validation";
import { ForbiddenError, NotFoundError, NotSignedInError } from "./errors";
import { authorise, type PartnershipAccess } from "./guard";
import type { Permission } from "./permissions";

/** A short plain-text answer that is never cached or sniffed. */
export function plainText(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * Route handlers are reached directly, not through a page, so they check access themselves: the
 * ids must be well-formed, the person signed in (otherwise 303 to sign-in and back), a member of
 * the partnership (otherwise 404: another partnership's ids reveal nothing) with the permission
 * (otherwise 403). Returns the access, or the Response to send instead.
 */
export async function routeAccess(
  request: Request,
  partnershipId: string,
  permission: Permission,
  otherIds: string[] = [],
): Promise<PartnershipAccess | Response> {
  try {
    if (![partnershipId, ...otherIds].every(isUuid)) throw new NotFoundError();
    return authorise(await getCurrentUser(), partnershipId, permission);
  } catch (error) {
    if (error instanceof NotSignedInError) {
      const url = new URL(request.url);
      const signIn = new URL("/sign-in", url);
      signIn.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
      return Response.redirect(signIn, 303);
    }
    if (error instanceof NotFoundError) return plainText(404, "Page not found");
    if (error instanceof ForbiddenError) return plainText(403, error.message);
    throw error;
  }
}
