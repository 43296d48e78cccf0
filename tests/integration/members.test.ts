import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import { deactivateMember } from "@/lib/actions/members/deactivate-member";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { inviteMembersFromCsv } from "@/lib/actions/members/invite-members-from-csv";
import { reactivateMember } from "@/lib/actions/members/reactivate-member";
import { removeMember } from "@/lib/actions/members/remove-member";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { loadCurrentUser } from "@/lib/auth/current-user";
import { createMember } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import * as support from "./support/members";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestApp();
});
afterAll(() => database.drop());

const { form, uniqueEmail } = support;
const partnershipWithManager = () => support.partnershipWithManager(database.prisma);

describe("changing, deactivating and removing members", () => {
  it("changes a role and audits what it was and what it became", async () => {
    const { partnershipId, organisation, manager } = await partnershipWithManager();
    const { membership } = await createMember(database.prisma, partnershipId, "VIEWER");
    const result = await changeMemberRole(null, {
      partnershipId,
      membershipId: membership.id,
      role: "AGENCY_RESPONDENT",
      organisationId: organisation("Integrated Care Board").id,
      designations: ["DELEGATED_SAFEGUARDING_PARTNER"],
    });
    expect(result).toMatchObject({ ok: true });
    expect(
      await database.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } }),
    ).toMatchObject({
      role: "AGENCY_RESPONDENT",
      organisationId: organisation("Integrated Care Board").id,
      designations: ["DELEGATED_SAFEGUARDING_PARTNER"],
    });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "member.role-changed", entityId: membership.id },
    });
    expect(audit).toMatchObject({
      actorUserId: manager.user.id,
      before: { role: "VIEWER", organisationId: null, designations: [] },
      after: { role: "AGENCY_RESPONDENT", designations: ["DELEGATED_SAFEGUARDING_PARTNER"] },
    });
  });

  it("never leaves a partnership without an active business manager", async () => {
    const { partnershipId, manager } = await partnershipWithManager();
    const own = { partnershipId, membershipId: manager.membership.id };
    expect(await changeMemberRole(null, { ...own, role: "VIEWER" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/only business manager/),
    });
    expect(await deactivateMember(null, own)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot deactivate yourself/),
    });
    expect(await removeMember(null, own)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot remove yourself/),
    });
    expect(
      await database.prisma.membership.findUniqueOrThrow({ where: { id: manager.membership.id } }),
    ).toMatchObject({
      role: "BUSINESS_MANAGER",
      deactivatedAt: null,
    });

    await createMember(database.prisma, partnershipId, "BUSINESS_MANAGER");
    expect(await changeMemberRole(null, { ...own, role: "VIEWER" })).toMatchObject({ ok: true });
  });

  it("ends a leaver's access on their next request, and reactivation restores it", async () => {
    const { partnershipId } = await partnershipWithManager();
    const leaver = await createMember(database.prisma, partnershipId, "SCRUTINEER");
    const ref = { partnershipId, membershipId: leaver.membership.id };
    expect(await deactivateMember(null, ref)).toMatchObject({ ok: true });
    expect((await loadCurrentUser(leaver.user.id))?.memberships).toEqual([]);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "member.deactivated", entityId: leaver.membership.id },
      }),
    ).toBe(1);

    expect(await reactivateMember(null, ref)).toMatchObject({ ok: true });
    expect((await loadCurrentUser(leaver.user.id))?.memberships.map((m) => m.role)).toEqual([
      "SCRUTINEER",
    ]);
  });

  it("removes a membership but keeps the account, with an audit event", async () => {
    const { partnershipId } = await partnershipWithManager();
    const { user, membership } = await createMember(database.prisma, partnershipId, "VIEWER");
    expect(await removeMember(null, { partnershipId, membershipId: membership.id })).toMatchObject({
      ok: true,
    });
    expect(await database.prisma.membership.count({ where: { id: membership.id } })).toBe(0);
    expect(await database.prisma.user.count({ where: { id: user.id } })).toBe(1);
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "member.removed", entityId: membership.id },
    });
    expect(audit.before).toMatchObject({ email: user.email, role: "VIEWER" });
  });
});

describe("who may manage members", () => {
  /** Partnership A with a member and an open invitation, to be attacked from elsewhere. */
  async function target() {
    const a = await partnershipWithManager();
    const victim = await createMember(database.prisma, a.partnershipId, "VIEWER");
    const email = uniqueEmail("pending");
    await inviteMember(null, { partnershipId: a.partnershipId, email, role: "VIEWER" });
    const invitation = await database.prisma.invitation.findFirstOrThrow({ where: { email } });
    return { a, victim, invitation };
  }

  function everyAction(partnershipId: string, membershipId: string, invitationId: string) {
    const ref = { partnershipId, membershipId };
    return [
      inviteMember(null, { partnershipId, email: uniqueEmail("x"), role: "BUSINESS_MANAGER" }),
      inviteMembersFromCsv(
        null,
        form({
          partnershipId,
          file: new File(
            [`email,name,role,organisation\n${uniqueEmail("y")},,business manager,`],
            "x.csv",
          ),
        }),
      ),
      changeMemberRole(null, { ...ref, role: "BUSINESS_MANAGER" }),
      deactivateMember(null, ref),
      reactivateMember(null, ref),
      removeMember(null, ref),
      revokeInvitation(null, { partnershipId, invitationId }),
    ];
  }

  async function unchanged(partnershipId: string, victimId: string, invitationId: string) {
    expect(
      await database.prisma.membership.findUniqueOrThrow({ where: { id: victimId } }),
    ).toMatchObject({
      role: "VIEWER",
      deactivatedAt: null,
    });
    expect(
      await database.prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } }),
    ).toMatchObject({ revokedAt: null });
    expect(await database.prisma.invitation.count({ where: { partnershipId } })).toBe(1);
  }

  it("stops a business manager of partnership B touching partnership A's members", async () => {
    const { a, victim, invitation } = await target();
    const b = await partnershipWithManager();
    for (const partnershipId of [b.partnershipId, a.partnershipId]) {
      const results = await Promise.all(
        everyAction(partnershipId, victim.membership.id, invitation.id),
      );
      // In B, inviting is allowed (it invites to B); everything naming A's records must fail.
      for (const result of partnershipId === b.partnershipId ? results.slice(2) : results) {
        expect(result).toMatchObject({
          ok: false,
          message: expect.stringMatching(/does not exist or you do not have access/),
        });
      }
    }
    await unchanged(a.partnershipId, victim.membership.id, invitation.id);
  });

  it("refuses every members action to a viewer and an independent scrutineer", async () => {
    const { a, victim, invitation } = await target();
    for (const role of ["VIEWER", "SCRUTINEER", "AGENCY_RESPONDENT"] as const) {
      const { user } = await createMember(database.prisma, a.partnershipId, role, {
        organisationId: a.organisation("Police").id,
      });
      await signInAs(user.id);
      const results = await Promise.all(
        everyAction(a.partnershipId, victim.membership.id, invitation.id),
      );
      for (const result of results)
        expect(result).toEqual({ ok: false, message: "You do not have permission to do that." });
    }
    await unchanged(a.partnershipId, victim.membership.id, invitation.id);
  });
});
