/**
 * Isolation-matrix entries for password reset, the access log export and site administration.
 * Spread into MATRIX in ./isolation-cases.ts. Only types are imported from there, so the two files
 * do not import each other at run time.
 */
import { GET as exportAccessLog } from "@/app/(app)/partnerships/[partnershipId]/access-log/export/route";
import type { MatrixCase } from "./isolation-cases";

type Prepared = { partnershipId: string; since: Date };

export const ACCOUNT_AND_ACCESS_LOG_CASES: Record<string, MatrixCase> = {
  "lib/actions/auth/password-reset.ts#requestPasswordReset": {
    kind: "public",
    why: "forgotten password: the same answer for every email address; mails only the account's owner",
  },
  "lib/actions/auth/password-reset.ts#resetPassword": {
    kind: "public",
    why: "the single-use, expiring link from the email is the proof",
  },
  "lib/actions/admin/create-partnership.ts#createPartnership": {
    kind: "site-admin",
    why: "no partnership exists yet; checks User.isSiteAdmin (tests/integration/admin-partnership.test.ts)",
  },
  "app/(app)/partnerships/[partnershipId]/access-log/export/route.ts#GET": {
    kind: "partnership",
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world) => ({ partnershipId: world.partnership.id, since: new Date() }),
    invoke: async (prepared) => {
      const { partnershipId } = prepared as Prepared;
      const response = await exportAccessLog(
        new Request(`http://localhost:3000/partnerships/${partnershipId}/access-log/export`),
        { params: Promise.resolve({ partnershipId }) },
      );
      if (response.ok) return { allowed: true };
      if ([303, 401, 403, 404].includes(response.status))
        return { allowed: false, detail: String(response.status) };
      throw new Error(`Unexpected status ${response.status}`);
    },
    unchanged: async (prepared, prisma) => {
      const { partnershipId, since } = prepared as Prepared;
      const exported = await prisma.auditEvent.count({
        where: { action: "access-log.exported", partnershipId, at: { gte: since } },
      });
      if (exported !== 0) throw new Error("a refused export was recorded as an export");
    },
  },
};
