import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/authz/permissions";
import type { World } from "./support/world";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { createScrutinyAssessment } from "../support/factories";

type Outcome = { allowed: boolean; detail?: string };

export type MatrixCase =
  | { kind: "public"; why: string }
  | { kind: "site-admin"; why: string }
  | {
      kind: "partnership";
      allowed: readonly Role[];
      /** Fresh targets for one call (so an allowed call cannot spoil the next). */
      prepare: (world: World, prisma: PrismaClient) => Promise<unknown>;
      invoke: (prepared: unknown) => Promise<Outcome>;
      /** After a denied call: nothing was written. */
      unchanged?: (prepared: unknown, prisma: PrismaClient) => Promise<void>;
    };

/** A typed partnership case: `prepare`'s result is what `invoke` and `unchanged` receive. */
export function partnershipCase<P>(entry: {
  allowed: readonly Role[];
  prepare: (world: World, prisma: PrismaClient) => Promise<P>;
  invoke: (prepared: P) => Promise<Outcome>;
  unchanged?: (prepared: P, prisma: PrismaClient) => Promise<void>;
}): MatrixCase {
  return {
    kind: "partnership",
    ...(entry as unknown as Omit<Extract<MatrixCase, { kind: "partnership" }>, "kind">),
  };
}

/** An action's { ok } as an outcome. */
export async function viaAction(
  action: (previous: unknown, input: never) => Promise<{ ok: boolean; message?: string }>,
  input: unknown,
): Promise<Outcome> {
  const result = await action(null, input as never);
  return { allowed: result.ok, detail: result.message };
}

/** A route handler's status as an outcome: 2xx allowed; 401, 403, 404 or a redirect denied. */
export async function viaRoute(response: Response): Promise<Outcome> {
  if (response.status >= 200 && response.status < 300) return { allowed: true };
  if ([302, 303, 307, 401, 403, 404].includes(response.status))
    return { allowed: false, detail: String(response.status) };
  throw new Error(`Unexpected status ${response.status}`);
}

export const MATRIX: Record<string, MatrixCase> = {
  "lib/actions/auth/sign-in.ts#signInWithPassword": { kind: "public", why: "step 1 of signing in" },
  "lib/actions/auth/sign-in.ts#verifyTwoFactor": {
    kind: "public",
    why: "needs the sign-in ticket cookie from step 1",
  },
  "lib/actions/auth/sign-in.ts#confirmTwoFactor": {
    kind: "public",
    why: "needs the sign-in ticket cookie from step 1",
  },
  "app/api/health/route.ts#GET": { kind: "public", why: "health check, no data" },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    kind: "public",
    why: "next-auth's session and CSRF endpoints",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    kind: "public",
    why: "next-auth's callback and sign-out, CSRF-checked",
  },
  "lib/actions/responses/save-response.ts#saveResponse": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: async (world, prisma) => {
      const { responses } = await createScrutinyAssessment(prisma, world.partnership.id, [
        world.members.SCRUTINEER.id,
      ]);
      return {
        responseId: responses[world.members.SCRUTINEER.id]![0]!,
        partnershipId: world.partnership.id,
      };
    },
    invoke: (p) =>
      viaAction(saveResponse, {
        ...p,
        version: 1,
        rating: "RED",
        narrative: "x",
        remainingWork: "",
        notInScopeReason: "",
        evidenceIds: [],
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.response.findUniqueOrThrow({ where: { id: p.responseId } });
      if (row.version !== 1) throw new Error("a denied save changed the response");
    },
  }),
};
