import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addReturnOrganisation } from "@/lib/actions/returns/add-return-organisation";
import { importReturnOrganisations } from "@/lib/actions/returns/import-return-organisations";
import { setReturnDeadline } from "@/lib/actions/returns/set-return-deadline";
import { signOffReturn } from "@/lib/actions/returns/sign-off-return";
import { getAddableOrganisations, getReturnDetail, getReturnsGrid } from "@/lib/data/returns";
import { returnCountsSentence } from "@/lib/domain/returns";
import { seed } from "../../prisma/seed";
import { createMember, createSelfAssessment } from "../support/factories";
import { countQueries } from "../support/query-count";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { form, partnershipWithManager, uniqueEmail } from "./support/members";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

const HEADER = "organisation,kind,respondent name,respondent email,deadline";
const csv = (rows: string[]) => new File([[HEADER, ...rows].join("\r\n")], "returns.csv");

/** A wider-partner self-assessment with no organisations yet, its business manager signed in. */
async function world() {
  const prisma = database.prisma;
  const setup = await partnershipWithManager(prisma);
  const { assessment } = await createSelfAssessment(
    prisma,
    setup.partnershipId,
    [],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  const ids = { partnershipId: setup.partnershipId, assessmentId: assessment.id };
  return { ...setup, assessment, ids };
}

describe("adding organisations from a CSV file", () => {
  it("imports nothing when a row is bad and names every problem by row and column", async () => {
    const { ids } = await world();
    const result = await importReturnOrganisations(
      null,
      form({
        ...ids,
        file: csv([
          `Riverside Housing,Other relevant agency,Alex Byrne,${uniqueEmail("alex")},31/03/2027`,
          `Northfield Academy,Education,Sam Okafor,not-an-email,2027-02-30`,
          `Police,Police,Jo Bloggs,${uniqueEmail("jo")},2027-03-31`,
        ]),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "The file has 2 problems. Nothing has been imported.",
      fieldErrors: {
        file: [
          'Row 3, respondent email: "not-an-email" is not a valid email address',
          'Row 3, deadline: "2027-02-30" is not a real date written DD/MM/YYYY or YYYY-MM-DD',
        ],
      },
    });
    const prisma = database.prisma;
    expect(
      await prisma.assessmentParticipant.count({ where: { assessmentId: ids.assessmentId } }),
    ).toBe(0);
    expect(await prisma.organisation.count({ where: { partnershipId: ids.partnershipId } })).toBe(
      4,
    );
    expect(await prisma.invitation.count({ where: { partnershipId: ids.partnershipId } })).toBe(0);
  });

  it("adds 30 organisations with their deadlines, questions and invitations in one go", async () => {
    const { ids } = await world();
    const rows = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? `Schools Alliance,Education,Head ${i},${uniqueEmail(`head${i}`)},31/03/2027`
        : `Agency ${String(i).padStart(2, "0")},Other relevant agency,Person ${i},${uniqueEmail(`p${i}`)},${i < 10 ? "2020-01-31" : "31/03/2099"}`,
    );
    const result = await importReturnOrganisations(null, form({ ...ids, file: csv(rows) }));
    expect(result).toMatchObject({ ok: true, data: { count: 30, invited: 30 } });
    const prisma = database.prisma;
    const participants = await prisma.assessmentParticipant.findMany({
      where: { assessmentId: ids.assessmentId },
      select: { dueOn: true, _count: { select: { assignments: true, responses: true } } },
    });
    expect(participants).toHaveLength(30);
    expect(
      participants.every((p) => p._count.assignments === 24 && p._count.responses === 24),
    ).toBe(true);
    expect(
      await prisma.invitation.count({
        where: { partnershipId: ids.partnershipId, role: "AGENCY_RESPONDENT" },
      }),
    ).toBe(30);
    expect(await prisma.outboxMessage.count({ where: { to: { contains: "head0-" } } })).toBe(1);
    // The existing organisation is reused; 29 new relevant agencies are created.
    expect(await prisma.organisation.count({ where: { partnershipId: ids.partnershipId } })).toBe(
      33,
    );

    const grid = await getReturnsGrid(ids.partnershipId, ids.assessmentId);
    expect(returnCountsSentence(grid.counts)).toBe(
      "0 returned, 0 submitted awaiting sign-off, 0 in progress, 21 not started, 9 overdue",
    );
    const school = grid.rows.find((r) => r.organisationName === "Schools Alliance");
    expect(school).toMatchObject({
      dueOn: "2027-03-31",
      answered: 0,
      total: 24,
      respondents: [{ name: "Head 0", invited: true }],
      lastReminder: null,
    });

    const again = await importReturnOrganisations(
      null,
      form({ ...ids, file: csv(rows.slice(0, 1)) }),
    );
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: {
        file: [
          "Row 2, organisation: Schools Alliance is already taking part in this self-assessment",
        ],
      },
    });
  });

  it("reads the grid in the same number of queries for 3 organisations or 30", async () => {
    const small = await world();
    await importReturnOrganisations(
      null,
      form({
        ...small.ids,
        file: csv(
          [1, 2, 3].map((i) => `Small ${i},Probation,P ${i},${uniqueEmail(`s${i}`)},31/03/2099`),
        ),
      }),
    );
    const few = await countQueries(() =>
      getReturnsGrid(small.ids.partnershipId, small.ids.assessmentId),
    );
    const big = await world();
    await importReturnOrganisations(
      null,
      form({
        ...big.ids,
        file: csv(
          Array.from(
            { length: 30 },
            (_, i) => `Big ${i},Probation,P ${i},${uniqueEmail(`b${i}`)},31/03/2099`,
          ),
        ),
      }),
    );
    const many = await countQueries(() =>
      getReturnsGrid(big.ids.partnershipId, big.ids.assessmentId),
    );
    expect(many.result.rows).toHaveLength(30);
    expect(many.count).toBe(few.count);
  });
});

describe("adding one organisation", () => {
  it("adds a new relevant agency and invites its respondent, or reuses a respondent who is a member", async () => {
    const { ids, organisation, partnershipId } = await world();
    const prisma = database.prisma;
    const email = uniqueEmail("new");
    const added = await addReturnOrganisation(null, {
      ...ids,
      organisationId: "new",
      newName: "Youth Offending Service",
      newKind: "OTHER_RELEVANT_AGENCY",
      respondentName: "Kim Lee",
      respondentEmail: email,
      dueOn: "2099-01-15",
    });
    expect(added).toMatchObject({
      ok: true,
      data: { organisationName: "Youth Offending Service", invited: true },
    });
    expect(await prisma.invitation.count({ where: { email, role: "AGENCY_RESPONDENT" } })).toBe(1);

    const schools = organisation("Schools Alliance");
    const member = await createMember(prisma, partnershipId, "AGENCY_RESPONDENT", {
      organisationId: schools.id,
    });
    const reused = await addReturnOrganisation(null, {
      ...ids,
      organisationId: schools.id,
      respondentName: "Someone",
      respondentEmail: member.user.email,
      dueOn: "2099-01-15",
    });
    expect(reused).toMatchObject({ ok: true, data: { invited: false } });
    expect(
      (await getAddableOrganisations(partnershipId, ids.assessmentId)).map((o) => o.name),
    ).toEqual(["County Council", "Integrated Care Board", "Police"]);
    expect(await prisma.invitation.count({ where: { email: member.user.email } })).toBe(0);

    const twice = await addReturnOrganisation(null, {
      ...ids,
      organisationId: schools.id,
      respondentName: "Someone",
      respondentEmail: member.user.email,
      dueOn: "2099-01-15",
    });
    expect(twice).toMatchObject({
      ok: false,
      fieldErrors: {
        organisationId: ["Schools Alliance is already taking part in this self-assessment"],
      },
    });
    const clash = await addReturnOrganisation(null, {
      ...ids,
      organisationId: "new",
      newName: "police",
      newKind: "POLICE",
      respondentName: "X",
      respondentEmail: uniqueEmail("x"),
      dueOn: "2099-01-15",
    });
    expect(clash).toMatchObject({
      ok: false,
      fieldErrors: {
        newName: [
          "The partnership already has an organisation called ‘Police’: choose it from the list",
        ],
      },
    });
    expect(
      await prisma.auditEvent.count({
        where: { action: "returns.organisation-added", entityId: ids.assessmentId },
      }),
    ).toBe(2);
  });
});

describe("deadlines and sign-off", () => {
  async function oneReturn() {
    const w = await world();
    const prisma = database.prisma;
    const schools = w.organisation("Schools Alliance");
    const respondent = await createMember(prisma, w.partnershipId, "AGENCY_RESPONDENT", {
      organisationId: schools.id,
    });
    const added = await addReturnOrganisation(null, {
      ...w.ids,
      organisationId: schools.id,
      respondentName: "Head",
      respondentEmail: respondent.user.email,
      dueOn: "2099-03-31",
    });
    if (!added.ok) throw new Error(added.message);
    return { ...w, respondent, participantId: added.data.participantId };
  }

  it("is overdue once a moved deadline has passed, and returned only once signed off", async () => {
    const { ids, participantId, respondent, manager } = await oneReturn();
    const prisma = database.prisma;
    const state = async () =>
      (await getReturnsGrid(ids.partnershipId, ids.assessmentId)).rows[0]?.state;
    expect(await state()).toBe("NOT_STARTED");
    expect(
      await setReturnDeadline(null, { ...ids, participantId, dueOn: "2021-06-30" }),
    ).toMatchObject({ ok: true });
    expect(await state()).toBe("OVERDUE");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "returns.deadline-set", entityId: ids.assessmentId },
    });
    expect(audit).toMatchObject({
      before: { dueOn: "2099-03-31" },
      after: { dueOn: "2021-06-30" },
    });

    const signOff = {
      ...ids,
      participantId,
      signedOffName: "Dr Ana Lopes",
      signedOffRole: "Head teacher",
      signedOffOn: "2026-01-10",
    };
    await signInAs(respondent.user.id);
    expect(await signOffReturn(null, signOff)).toMatchObject({
      ok: false,
      message: "The answers must be submitted before the return is signed off",
    });
    await prisma.assessmentParticipant.update({
      where: { id: participantId },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    expect(await signOffReturn(null, signOff)).toMatchObject({ ok: true });
    const detail = await getReturnDetail(ids.partnershipId, ids.assessmentId, participantId);
    expect(detail).toMatchObject({
      state: "SIGNED_OFF",
      canManage: false,
      signedOff: { name: "Dr Ana Lopes", role: "Head teacher" },
    });
    expect(detail.signedOff?.on.slice(0, 10)).toBe("2026-01-10");
    expect(await signOffReturn(null, signOff)).toMatchObject({
      ok: false,
      message: "This return has already been signed off",
    });

    await signInAs(manager.user.id);
    expect(await state()).toBe("SIGNED_OFF");
  });

  it("lets only the organisation's own respondent or the business manager sign off", async () => {
    const { ids, participantId, partnershipId, organisation, manager } = await oneReturn();
    const prisma = database.prisma;
    await prisma.assessmentParticipant.update({
      where: { id: participantId },
      data: { status: "SUBMITTED" },
    });
    const other = await createMember(prisma, partnershipId, "AGENCY_RESPONDENT", {
      organisationId: organisation("Police").id,
    });
    const signOff = {
      ...ids,
      participantId,
      signedOffName: "A",
      signedOffRole: "B",
      signedOffOn: "2026-01-10",
    };
    await signInAs(other.user.id);
    expect(await signOffReturn(null, signOff)).toMatchObject({
      ok: false,
      message: "Only the organisation's own agency respondent can sign off its return",
    });
    await expect(
      getReturnDetail(ids.partnershipId, ids.assessmentId, participantId),
    ).rejects.toThrow("does not exist");
    const viewer = await createMember(prisma, partnershipId, "VIEWER");
    await signInAs(viewer.user.id);
    expect(await signOffReturn(null, signOff)).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    await signInAs(manager.user.id);
    expect(await signOffReturn(null, signOff)).toMatchObject({ ok: true });
    expect(
      await prisma.auditEvent.findFirstOrThrow({
        where: { action: "returns.signed-off", entityId: ids.assessmentId },
      }),
    ).toMatchObject({
      actorUserId: manager.user.id,
      after: { onBehalf: true, signedOffName: "A" },
    });
  });

  it("finds nothing of another partnership's returns", async () => {
    const { ids, participantId } = await oneReturn();
    await world(); // signs in another partnership's business manager
    for (const result of [
      await setReturnDeadline(null, { ...ids, participantId, dueOn: "2021-06-30" }),
      await signOffReturn(null, {
        ...ids,
        participantId,
        signedOffName: "A",
        signedOffRole: "B",
        signedOffOn: "2026-01-10",
      }),
      await addReturnOrganisation(null, {
        ...ids,
        organisationId: "new",
        newName: "X",
        newKind: "POLICE",
        respondentName: "X",
        respondentEmail: uniqueEmail("x"),
        dueOn: "2099-01-01",
      }),
      await importReturnOrganisations(
        null,
        form({ ...ids, file: csv([`X,Police,X,${uniqueEmail("x")},2099-01-01`]) }),
      ),
    ])
      expect(result).toMatchObject({
        ok: false,
        message: "That partnership does not exist or you do not have access to it.",
      });
    await expect(getReturnsGrid(ids.partnershipId, ids.assessmentId)).rejects.toThrow(
      "does not exist",
    );
    expect(
      (
        await database.prisma.assessmentParticipant.findUniqueOrThrow({
          where: { id: participantId },
        })
      ).dueOn
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2099-03-31");
  });
});
