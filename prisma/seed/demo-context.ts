import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/** The demo partnership's ids by the names the seed uses: questions by code, steps by number. */
export type DemoContext = {
  partnershipId: string;
  frameworkVersionId: string;
  questions: Array<{ id: string; code: string; stepNumber: number }>;
  question: (code: string) => string;
  step: (number: number) => string;
  stepNumbers: number[];
  organisation: (name: string) => string;
  user: (email: string) => { id: string; name: string };
  cycle: (name: string) => string;
};

export const LEAD_EMAIL = "lead.scrutineer@northshire.example";
export const SECOND_EMAIL = "scrutineer@northshire.example";
export const MANAGER_EMAIL = "business.manager@northshire.example";
export const POLICE_EMAIL = "police.respondent@northshire.example";
export const SCHOOLS_EMAIL = "schools.respondent@northshire.example";

export const STATUTORY_PARTNERS = [
  "Northshire County Council",
  "Northshire Police",
  "NHS Northshire Integrated Care Board",
] as const;

/** Four queries, whatever the size of the demo. */
export async function loadDemoContext(
  client: Client,
  partnershipId: string,
  frameworkVersionId: string,
): Promise<DemoContext> {
  const [version, organisations, users, cycles] = await Promise.all([
    client.frameworkVersion.findUniqueOrThrow({
      where: { id: frameworkVersionId },
      select: {
        steps: { orderBy: { position: "asc" }, select: { id: true, number: true } },
        questions: {
          orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
          select: { id: true, code: true, step: { select: { number: true } } },
        },
      },
    }),
    client.organisation.findMany({ where: { partnershipId }, select: { id: true, name: true } }),
    client.user.findMany({
      where: { memberships: { some: { partnershipId } } },
      select: { id: true, email: true, name: true },
    }),
    client.cycle.findMany({ where: { partnershipId }, select: { id: true, name: true } }),
  ]);
  const find = <T>(rows: T[], match: (row: T) => boolean, what: string): T => {
    const row = rows.find(match);
    if (!row) throw new Error(`Demo seed: no ${what}`);
    return row;
  };
  return {
    partnershipId,
    frameworkVersionId,
    questions: version.questions.map((q) => ({
      id: q.id,
      code: q.code,
      stepNumber: q.step.number,
    })),
    question: (code) => find(version.questions, (q) => q.code === code, `question ${code}`).id,
    step: (number) => find(version.steps, (s) => s.number === number, `step ${number}`).id,
    stepNumbers: version.steps.map((s) => s.number),
    organisation: (name) => find(organisations, (o) => o.name === name, name).id,
    user: (email) => find(users, (u) => u.email === email, email),
    cycle: (name) => find(cycles, (c) => c.name === name, `cycle ${name}`).id,
  };
}

export const day = (stamp: string) => new Date(`${stamp}T00:00:00Z`);
export const at = (stamp: string) => new Date(`${stamp}T10:00:00Z`);
