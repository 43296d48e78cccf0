import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { acceptInvitation } from "@/lib/actions/auth/accept-invitation";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { inviteMembersFromCsv } from "@/lib/actions/members/invite-members-from-csv";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { loadCurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { createMember, createPartnership } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import * as support from "./support/members";

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

const PASSWORD = "a long enough password";
const newAccount = { name: "Sam Newcomer", password: PASSWORD, confirmPassword: PASSWORD };
const { form, uniqueEmail } = support;
const partnershipWithManager = () => support.partnershipWithManager(database.prisma);
const tokenMailedTo = (email: string) => support.tokenMailedTo(database.prisma, email);
const accept = (token: string, fields: Record<string, string> = {}) =>
  acceptInvitation(null, form({ token, ...fields }));

describe("inviting one person", () => {
  it("stores only the token's hash, mails a working link and audits the invitation", async () => {
    const { partnershipId, manager } = await partnershipWithManager();
    const email = uniqueEmail("invitee");
    const result = await inviteMember(null, {
      partnershipId,
      email: `  ${email.toUpperCase()} `,
      role: "VIEWER",
      designations: ["PARTNERSHIP_CHAIR"],
    });
    expect(result).toEqual({ ok: true, data: { email }, message: undefined });

    const token = await tokenMailedTo(email);
    const invitation = await database.prisma.invitation.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
    });
    expect(invitation).toMatchObject({ partnershipId, email, role: "VIEWER", acceptedAt: null });
    expect(invitation.designations).toEqual(["PARTNERSHIP_CHAIR"]);
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const audit = await database.prisma.auditEvent.findFirst({
      where: { action: "member.invited", entityId: invitation.id },
    });
    expect(audit).toMatchObject({ category: "SECURITY", actorUserId: manager.user.id });
  });

  it("refuses someone who is already a member, and an organisation of another partnership", async () => {
    const { partnershipId, manager } = await partnershipWithManager();
    const member = await inviteMember(null, {
      partnershipId,
      email: manager.user.email,
      role: "VIEWER",
    });
    expect(member).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already a member/)] },
    });

    const elsewhere = await createPartnership(database.prisma);
    const foreign = await inviteMember(null, {
      partnershipId,
      email: uniqueEmail("agency"),
      role: "AGENCY_RESPONDENT",
      organisationId: elsewhere.organisations[0]?.id,
    });
    expect(foreign).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: expect.any(Array) },
    });

    const noOrganisation = await inviteMember(null, {
      partnershipId,
      email: uniqueEmail("agency"),
      role: "AGENCY_CONTRIBUTOR",
    });
    expect(noOrganisation).toMatchObject({
      ok: false,
      fieldErrors: {
        organisationId: ["Select the organisation this agency contributor works for"],
      },
    });
    expect(await database.prisma.invitation.count({ where: { partnershipId } })).toBe(0);
  });

  it("makes an earlier link for the same person stop working", async () => {
    const { partnershipId } = await partnershipWithManager();
    const email = uniqueEmail("twice");
    await inviteMember(null, { partnershipId, email, role: "VIEWER" });
    const first = await tokenMailedTo(email);
    await inviteMember(null, { partnershipId, email, role: "SCRUTINEER" });
    const second = await tokenMailedTo(email);
    expect(await accept(first, newAccount)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/withdrawn/),
    });
    expect(await accept(second, newAccount)).toMatchObject({ ok: true });
    const user = await loadCurrentUser(
      (await database.prisma.user.findUniqueOrThrow({ where: { email } })).id,
    );
    expect(user?.memberships.map((m) => m.role)).toEqual(["SCRUTINEER"]);
  });
});

describe("accepting an invitation", () => {
  it("creates the account and membership, and the link works only once", async () => {
    const { partnershipId, partnership, organisation } = await partnershipWithManager();
    const email = uniqueEmail("new");
    await inviteMember(null, {
      partnershipId,
      email,
      role: "AGENCY_RESPONDENT",
      organisationId: organisation("Police").id,
    });
    const token = await tokenMailedTo(email);

    const short = await accept(token, {
      ...newAccount,
      password: "short",
      confirmPassword: "short",
    });
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/at least 12 characters/)] },
    });
    const same = await accept(token, { ...newAccount, password: email, confirmPassword: email });
    expect(same).toMatchObject({
      ok: false,
      fieldErrors: {
        password: [expect.stringMatching(/must not (be|contain) your email address/)],
      },
    });
    const mismatch = await accept(token, { ...newAccount, confirmPassword: `${PASSWORD}!` });
    expect(mismatch).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: [expect.stringMatching(/^The passwords do not match/)] },
    });

    expect(await accept(token, newAccount)).toEqual({
      ok: true,
      data: { partnershipName: partnership.name, newAccount: true },
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Sam Newcomer");
    expect(await verifyPassword(user.passwordHash ?? "", PASSWORD)).toBe(true);
    const current = await loadCurrentUser(user.id);
    expect(current?.memberships).toEqual([
      expect.objectContaining({
        partnershipId,
        role: "AGENCY_RESPONDENT",
        organisationId: organisation("Police").id,
      }),
    ]);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "member.joined", actorUserId: user.id },
      }),
    ).toBe(1);

    const again = await accept(token, newAccount);
    expect(again).toEqual({
      ok: false,
      message: "This invitation has already been used. Sign in to Six Steps to continue.",
    });
  });

  it("adds a membership to an existing account without touching its password", async () => {
    const { partnershipId } = await partnershipWithManager();
    const other = await createPartnership(database.prisma);
    const { user } = await createMember(database.prisma, other.id, "VIEWER");
    await inviteMember(null, { partnershipId, email: user.email, role: "SCRUTINEER" });
    expect(await accept(await tokenMailedTo(user.email))).toMatchObject({
      ok: true,
      data: { newAccount: false },
    });
    const current = await loadCurrentUser(user.id);
    expect(current?.memberships.map((m) => m.partnershipId).sort()).toEqual(
      [partnershipId, other.id].sort(),
    );
    expect(
      (await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash,
    ).toBeNull();
  });

  it("refuses an expired link, a revoked link and a made-up one", async () => {
    const { partnershipId } = await partnershipWithManager();
    const late = uniqueEmail("late");
    await inviteMember(null, { partnershipId, email: late, role: "VIEWER" });
    const lateToken = await tokenMailedTo(late);
    await database.prisma.invitation.update({
      where: { tokenHash: hashToken(lateToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await accept(lateToken, newAccount)).toEqual({
      ok: false,
      message: "This invitation has expired. Ask your business manager to send a new one.",
    });

    const revoked = uniqueEmail("revoked");
    await inviteMember(null, { partnershipId, email: revoked, role: "VIEWER" });
    const revokedToken = await tokenMailedTo(revoked);
    const invitation = await database.prisma.invitation.findUniqueOrThrow({
      where: { tokenHash: hashToken(revokedToken) },
    });
    expect(
      await revokeInvitation(null, { partnershipId, invitationId: invitation.id }),
    ).toMatchObject({ ok: true });
    expect(await accept(revokedToken, newAccount)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/withdrawn/),
    });

    expect(await accept("x".repeat(43), newAccount)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid/),
    });
    expect(await database.prisma.user.count({ where: { email: { in: [late, revoked] } } })).toBe(0);
  });
});

describe("inviting from a CSV file", () => {
  const csvFile = (text: string) => new File([text], "people.csv", { type: "text/csv" });

  it("imports nothing when one row is bad, and names the row", async () => {
    const { partnershipId } = await partnershipWithManager();
    const text = [
      "email,name,role,organisation",
      `${uniqueEmail("good")},Good Person,viewer,`,
      `${uniqueEmail("bad")},Bad Person,boss,`,
    ].join("\n");
    const result = await inviteMembersFromCsv(null, form({ partnershipId, file: csvFile(text) }));
    expect(result).toMatchObject({
      ok: false,
      message: "The file has 1 problem. Nothing has been imported.",
      fieldErrors: {
        file: [expect.stringMatching(/^Row 3: role "boss" is not one of business manager, /)],
      },
    });
    expect(await database.prisma.invitation.count({ where: { partnershipId } })).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { partnershipId } })).toBe(0);
  });

  it("names existing members by row, and refuses a file that is not UTF-8 text", async () => {
    const { partnershipId, manager } = await partnershipWithManager();
    const text = `email,name,role,organisation\n${manager.user.email},Me,business manager,\n`;
    const member = await inviteMembersFromCsv(null, form({ partnershipId, file: csvFile(text) }));
    expect(member).toMatchObject({
      ok: false,
      fieldErrors: {
        file: [`Row 2: ${manager.user.email} is already a member of this partnership`],
      },
    });
    const binary = new File(
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00])],
      "people.csv",
    );
    const notText = await inviteMembersFromCsv(null, form({ partnershipId, file: binary }));
    expect(notText).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/CSV UTF-8/)] },
    });
    const none = await inviteMembersFromCsv(null, form({ partnershipId, file: new File([], "") }));
    expect(none).toMatchObject({ ok: false, fieldErrors: { file: ["Select a CSV file"] } });
    const big = csvFile(`email,name,role,organisation\n${"x".repeat(210 * 1024)}`);
    const tooBig = await inviteMembersFromCsv(null, form({ partnershipId, file: big }));
    expect(tooBig).toMatchObject({
      ok: false,
      fieldErrors: { file: ["The file must be smaller than 200 KB"] },
    });
  });

  it("invites everyone in a good file, in one go, with one mail each", async () => {
    const { partnershipId, organisation } = await partnershipWithManager();
    const emails = [uniqueEmail("a"), uniqueEmail("b"), uniqueEmail("c")];
    const text =
      "\uFEFFEmail,Name,Role,Organisation\r\n" +
      `${emails[0]},"Smith, Alex",Agency Respondent,police\r\n` +
      "\r\n" +
      `${emails[1]},,SCRUTINEER,\r\n` +
      `${emails[2]},Chris,agency_contributor,"Schools Alliance"\r\n`;
    const result = await inviteMembersFromCsv(null, form({ partnershipId, file: csvFile(text) }));
    expect(result).toEqual({ ok: true, data: { count: 3 }, message: undefined });
    const invitations = await database.prisma.invitation.findMany({
      where: { partnershipId },
      orderBy: { email: "asc" },
    });
    expect(invitations.map((i) => [i.email, i.name, i.role, i.organisationId])).toEqual(
      [
        [emails[0], "Smith, Alex", "AGENCY_RESPONDENT", organisation("Police").id],
        [emails[1], null, "SCRUTINEER", null],
        [emails[2], "Chris", "AGENCY_CONTRIBUTOR", organisation("Schools Alliance").id],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    for (const email of emails)
      expect(await accept(await tokenMailedTo(email), newAccount)).toMatchObject({ ok: true });
    expect(
      await database.prisma.auditEvent.count({
        where: { partnershipId, action: "member.invited" },
      }),
    ).toBe(3);
  });

  it("copes with the largest file allowed", async () => {
    const { partnershipId } = await partnershipWithManager();
    const rows = Array.from(
      { length: 500 },
      (_, i) => `bulk-${i}-${partnershipId.slice(0, 8)}@example.org,Person ${i},viewer,`,
    );
    const text = ["email,name,role,organisation", ...rows].join("\n");
    const result = await inviteMembersFromCsv(null, form({ partnershipId, file: csvFile(text) }));
    expect(result).toMatchObject({ ok: true, data: { count: 500 } });
  });
});
