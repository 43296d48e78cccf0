import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/authz/permissions";
import type { World } from "./support/world";
import { ACCOUNT_AND_ACCESS_LOG_CASES } from "./isolation-cases-accounts";
import { RETURNS_R_CASES } from "./isolation-cases-returns-r";
import { WORKFLOW_CASES } from "./isolation-cases-workflow";
import { QUESTIONS_CASES } from "./isolation-cases-questions";
import { EVIDENCE_CASES } from "./isolation-cases-evidence";
import { CYCLE_CASES } from "./isolation-cases-cycles";
import { TRACKER_CASES } from "./isolation-cases-tracker";
import { CASE_REVIEW_CASES } from "./isolation-cases-case-reviews";
import { ACTIONS_CASES } from "./isolation-cases-actions";
import { FRAMEWORK_CASES } from "./isolation-cases-frameworks";
import { ARRANGEMENTS_CASES } from "./isolation-cases-arrangements";
import { REPORT_CASES } from "./isolation-cases-report";
import { CHALLENGE_CASES } from "./isolation-cases-challenges";
import { REPORT_AUTHORING_CASES } from "./isolation-cases-report-authoring";
import { YEARLY_PUBLICATION_CASES } from "./isolation-cases-yearly-publication";
import { YEARLY_DRAFTING_CASES } from "./isolation-cases-yearly-drafting";
import { YEARLY_EXPORT_CASES } from "./isolation-cases-yearly-export";
import { RETURNS_P_CASES } from "./isolation-cases-returns-p";
import { RETURNS_Q_CASES } from "./isolation-cases-returns-q";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { createMember, createScrutinyAssessment, planEveryAnswer } from "../support/factories";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { inviteMembersFromCsv } from "@/lib/actions/members/invite-members-from-csv";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMember } from "@/lib/actions/members/deactivate-member";
import { reactivateMember } from "@/lib/actions/members/reactivate-member";
import { removeMember } from "@/lib/actions/members/remove-member";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { createAssessment } from "@/lib/actions/assessments/create-assessment";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";

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

const MANAGERS = ["BUSINESS_MANAGER"] as const;

export const MATRIX: Record<string, MatrixCase> = {
  ...ACCOUNT_AND_ACCESS_LOG_CASES,
  ...RETURNS_R_CASES,
  ...WORKFLOW_CASES,
  ...QUESTIONS_CASES,
  ...EVIDENCE_CASES,
  ...CYCLE_CASES,
  ...TRACKER_CASES,
  ...CASE_REVIEW_CASES,
  ...ACTIONS_CASES,
  ...FRAMEWORK_CASES,
  ...ARRANGEMENTS_CASES,
  ...REPORT_CASES,
  ...CHALLENGE_CASES,
  ...REPORT_AUTHORING_CASES,
  ...YEARLY_PUBLICATION_CASES,
  ...YEARLY_DRAFTING_CASES,
  ...YEARLY_EXPORT_CASES,
  ...RETURNS_P_CASES,
  ...RETURNS_Q_CASES,
  "lib/actions/auth/sign-in.ts#signInWithPassword": { kind: "public", why: "step 1 of signing in" },
  "lib/actions/auth/sign-in.ts#verifyTwoFactor": {
    kind: "public",
    why: "needs the sign-in ticket cookie from step 1",
  },
  "lib/actions/auth/sign-in.ts#confirmTwoFactor": {
    kind: "public",
    why: "needs the sign-in ticket cookie from step 1",
  },
  "lib/actions/auth/accept-invitation.ts#acceptInvitation": {
    kind: "public",
    why: "the single-use invitation token is the proof",
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
  "lib/actions/members/invite-member.ts#inviteMember": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world) => ({
      partnershipId: world.partnership.id,
      email: `invitee-${Math.random().toString(36).slice(2)}@example.org`,
      role: "VIEWER",
    }),
    invoke: (p) => viaAction(inviteMember, p),
    unchanged: async (p, prisma) =>
      expectNone(await prisma.invitation.count({ where: { email: p.email } }), "invitation"),
  }),
  "lib/actions/members/invite-members-from-csv.ts#inviteMembersFromCsv": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world) => {
      const email = `csv-${Math.random().toString(36).slice(2)}@example.org`;
      const file = new File(
        [`email,name,role,organisation\n${email},Csv Person,viewer,\n`],
        "people.csv",
        { type: "text/csv" },
      );
      return { email, input: { partnershipId: world.partnership.id, file } };
    },
    invoke: (p) => viaAction(inviteMembersFromCsv, p.input),
    unchanged: async (p, prisma) =>
      expectNone(await prisma.invitation.count({ where: { email: p.email } }), "invitation"),
  }),
  "lib/actions/members/change-member-role.ts#changeMemberRole": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshMember(world, prisma),
    invoke: (p) =>
      viaAction(changeMemberRole, {
        partnershipId: p.partnershipId,
        membershipId: p.membershipId,
        role: "SCRUTINEER",
      }),
    unchanged: async (p, prisma) => expectRole(prisma, p.membershipId, "VIEWER"),
  }),
  "lib/actions/members/deactivate-member.ts#deactivateMember": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshMember(world, prisma),
    invoke: (p) => viaAction(deactivateMember, p),
    unchanged: async (p, prisma) =>
      expectNone(
        (await prisma.membership.findUniqueOrThrow({ where: { id: p.membershipId } })).deactivatedAt
          ? 1
          : 0,
        "deactivation",
      ),
  }),
  "lib/actions/members/reactivate-member.ts#reactivateMember": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => {
      const member = await freshMember(world, prisma);
      await prisma.membership.update({
        where: { id: member.membershipId },
        data: { deactivatedAt: new Date() },
      });
      return member;
    },
    invoke: (p) => viaAction(reactivateMember, p),
    unchanged: async (p, prisma) => {
      if (
        !(await prisma.membership.findUniqueOrThrow({ where: { id: p.membershipId } }))
          .deactivatedAt
      )
        throw new Error("a denied call reactivated the member");
    },
  }),
  "lib/actions/members/remove-member.ts#removeMember": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshMember(world, prisma),
    invoke: (p) => viaAction(removeMember, p),
    unchanged: async (p, prisma) => expectRole(prisma, p.membershipId, "VIEWER"),
  }),
  "lib/actions/members/revoke-invitation.ts#revokeInvitation": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => {
      const invitation = await prisma.invitation.create({
        data: {
          partnershipId: world.partnership.id,
          email: "pending@example.org",
          role: "VIEWER",
          tokenHash: `t-${Math.random()}`,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { partnershipId: world.partnership.id, invitationId: invitation.id };
    },
    invoke: (p) => viaAction(revokeInvitation, p),
    unchanged: async (p, prisma) =>
      expectNone(
        (await prisma.invitation.findUniqueOrThrow({ where: { id: p.invitationId } })).revokedAt
          ? 1
          : 0,
        "revocation",
      ),
  }),
  "lib/actions/assessments/create-assessment.ts#createAssessment": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => {
      const title = `Scrutiny ${Math.random().toString(36).slice(2)}`;
      const cycle = await prisma.cycle.create({
        data: {
          partnershipId: world.partnership.id,
          name: title,
          startsOn: new Date("2026-04-01"),
          endsOn: new Date("2027-03-31"),
        },
      });
      const version = await prisma.frameworkVersion.findFirstOrThrow({
        where: { framework: { isOriginal: true }, status: "PUBLISHED" },
      });
      return {
        partnershipId: world.partnership.id,
        cycleId: cycle.id,
        frameworkVersionId: version.id,
        kind: "INDEPENDENT_SCRUTINY",
        title,
        scrutineerIds: [world.members.SCRUTINEER.id],
        leadScrutineerId: world.members.SCRUTINEER.id,
      };
    },
    invoke: (p) => viaAction(createAssessment, p),
    unchanged: async (p, prisma) =>
      expectNone(await prisma.assessment.count({ where: { title: p.title } }), "assessment"),
  }),
  "lib/actions/assessments/submit-participation.ts#submitParticipation": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: async (world, prisma) => {
      const { assessment, responses } = await createScrutinyAssessment(
        prisma,
        world.partnership.id,
        [world.members.SCRUTINEER.id],
      );
      // Every answer complete (Red with a narrative and an action), so only authorisation decides.
      await prisma.response.updateMany({
        where: { id: { in: responses[world.members.SCRUTINEER.id] } },
        data: { rating: "RED", narrative: "Not yet in place" },
      });
      await planEveryAnswer(prisma, assessment.id);
      return { partnershipId: world.partnership.id, assessmentId: assessment.id };
    },
    invoke: (p) => viaAction(submitParticipation, p),
    unchanged: async (p, prisma) => {
      const submitted = await prisma.assessmentParticipant.count({
        where: { assessmentId: p.assessmentId, status: "SUBMITTED" },
      });
      if (submitted !== 0) throw new Error("a denied call submitted the answers");
    },
  }),
};

async function freshMember(world: World, prisma: PrismaClient) {
  const { membership } = await createMember(prisma, world.partnership.id, "VIEWER");
  return { partnershipId: world.partnership.id, membershipId: membership.id };
}

function expectNone(count: number, what: string): void {
  if (count !== 0) throw new Error(`a denied call still made a ${what}`);
}

async function expectRole(prisma: PrismaClient, membershipId: string, role: Role): Promise<void> {
  const membership = await prisma.membership.findUnique({ where: { id: membershipId } });
  if (membership?.role !== role) throw new Error("a denied call changed or removed the membership");
}
