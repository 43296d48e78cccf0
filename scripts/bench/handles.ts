import type pg from "pg";

/**
 * What a benchmark needs to act on the generated data, found by query (never assumed from how
 * the generator numbers things): the largest partnership and a typical one, and a scrutineer who
 * serves several partnerships with responses they may save right now.
 */

export type BenchPartnership = {
  partnershipId: string;
  name: string;
  businessManagerEmail: string;
  /** The independent scrutiny of the last signed-off cycle: its scrutiny report. */
  reportAssessmentId: string;
  /** That cycle: its yearly report section is written and shared with the scrutineers. */
  yearlyCycleId: string;
  actionCount: number;
};

export type SaveTarget = {
  partnershipId: string;
  assessmentId: string;
  responseId: string;
  /** The version a save must name (saveResponse refuses a stale one). */
  version: number;
  stepNumber: number;
};

export type BenchHandles = {
  password: string;
  /** Base32: `totpCode(totpSecret)` from lib/auth/totp.ts gives the current code. */
  totpSecret: string;
  adminEmail: string;
  largest: BenchPartnership;
  typical: BenchPartnership;
  scrutineer: {
    userId: string;
    email: string;
    partnershipCount: number;
    /** Every response of theirs in a scrutiny still in progress, in framework order. */
    saveTargets: SaveTarget[];
  };
  /** The page where the first save target is answered. */
  responsePageUrl: string;
};

async function partnership(client: pg.Client, order: "DESC" | "ASC", not?: string) {
  const found = await client.query<{ id: string; name: string; actions: string }>(
    `SELECT p.id, p.name, count(a.id) AS actions
       FROM "Partnership" p LEFT JOIN "Action" a ON a."partnershipId" = p.id
      WHERE p.id <> coalesce($1::uuid, '00000000-0000-0000-0000-000000000000')
      GROUP BY p.id ORDER BY count(a.id) ${order}, p.name LIMIT 1`,
    [not ?? null],
  );
  const row = found.rows[0];
  if (!row) throw new Error("The generated data has no partnership.");
  const details = await client.query<{ email: string; assessment_id: string; cycle_id: string }>(
    `SELECT (SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
              WHERE m."partnershipId" = $1 AND m.role = 'BUSINESS_MANAGER' AND m."deactivatedAt" IS NULL
              ORDER BY u.email LIMIT 1) AS email,
            a.id AS assessment_id, c.id AS cycle_id
       FROM "Cycle" c
       JOIN "Assessment" a ON a."cycleId" = c.id AND a.kind = 'INDEPENDENT_SCRUTINY' AND a.status = 'FINALISED'
       JOIN "YearlyReportSection" y ON y."cycleId" = c.id
      WHERE c."partnershipId" = $1
      ORDER BY c."startsOn" DESC LIMIT 1`,
    [row.id],
  );
  const detail = details.rows[0];
  if (!detail?.email)
    throw new Error(
      `${row.name} has no business manager or no signed-off cycle with a yearly report.`,
    );
  return {
    partnershipId: row.id,
    name: row.name,
    businessManagerEmail: detail.email,
    reportAssessmentId: detail.assessment_id,
    yearlyCycleId: detail.cycle_id,
    actionCount: Number(row.actions),
  };
}

export async function findBenchHandles(
  client: pg.Client,
  credentials: { password: string; totpSecret: string },
): Promise<BenchHandles> {
  const largest = await partnership(client, "DESC");
  const typical = await partnership(client, "ASC", largest.partnershipId);
  // The lead scrutineer of the largest partnership's scrutiny in progress.
  const lead = await client.query<{ id: string; email: string; partnerships: string }>(
    `SELECT u.id, u.email,
            (SELECT count(*) FROM "Membership" m
              WHERE m."userId" = u.id AND m.role = 'SCRUTINEER' AND m."deactivatedAt" IS NULL) AS partnerships
       FROM "AssessmentParticipant" ap
       JOIN "Assessment" a ON a.id = ap."assessmentId"
       JOIN "User" u ON u.id = ap."userId"
      WHERE a."partnershipId" = $1 AND a.kind = 'INDEPENDENT_SCRUTINY' AND a.status = 'IN_PROGRESS' AND ap."isLead"
      LIMIT 1`,
    [largest.partnershipId],
  );
  const scrutineer = lead.rows[0];
  if (!scrutineer)
    throw new Error(`${largest.name} has no scrutiny in progress with a lead scrutineer.`);
  const targets = await client.query<SaveTarget>(
    `SELECT a."partnershipId", a.id AS "assessmentId", r.id AS "responseId", r.version, s.number AS "stepNumber"
       FROM "Response" r
       JOIN "AssessmentParticipant" ap ON ap.id = r."participantId"
       JOIN "Assessment" a ON a.id = r."assessmentId"
       JOIN "Membership" m ON m."userId" = ap."userId" AND m."partnershipId" = a."partnershipId"
                          AND m.role = 'SCRUTINEER' AND m."deactivatedAt" IS NULL
       JOIN "FrameworkQuestion" q ON q.id = r."questionId"
       JOIN "FrameworkStep" s ON s.id = q."stepId"
      WHERE ap."userId" = $1 AND a.kind = 'INDEPENDENT_SCRUTINY' AND a.status = 'IN_PROGRESS'
      ORDER BY a."partnershipId" = $2 DESC, a."partnershipId", s.position, q.position`,
    [scrutineer.id, largest.partnershipId],
  );
  const first = targets.rows[0];
  if (!first) throw new Error(`${scrutineer.email} has no response to save.`);
  const admin = await client.query<{ email: string }>(
    `SELECT email FROM "User" WHERE "isSiteAdmin" AND "disabledAt" IS NULL ORDER BY email LIMIT 1`,
  );
  return {
    ...credentials,
    adminEmail: admin.rows[0]?.email ?? "",
    largest,
    typical,
    scrutineer: {
      userId: scrutineer.id,
      email: scrutineer.email,
      partnershipCount: Number(scrutineer.partnerships),
      saveTargets: targets.rows,
    },
    responsePageUrl: `/partnerships/${first.partnershipId}/assessments/${first.assessmentId}/steps/${first.stepNumber}`,
  };
}
