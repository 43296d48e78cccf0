/**
 * Database faults: a steady load of response saves against the built app while its PostgreSQL is
 * stopped for a few seconds and started again. Every save the app acknowledged must be in the
 * database; every request during the outage must get a clear answer within the time-out (no hang,
 * no crash); and saving must work again within 5 s of the database coming back.
 *
 * It runs its own app (next start) on its own private PostgreSQL, so the rest of the suite's
 * server is untouched. Run it alone with `npm run test:faults`.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { seed } from "../../prisma/seed";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../prisma/seed/demo-data";
import { migrate } from "../../scripts/lib/migrate";
import {
  startBuiltApp,
  startPrivateDb,
  type AppServer,
  type PrivateDb,
} from "../../scripts/bench/app-server";
import {
  captureSaveAction,
  readSaveAnswer,
  saveActionBody,
  signInThroughPages,
} from "../../scripts/bench/browser";
import { send } from "../../scripts/bench/load";

const SECRET = "fault-test-only-secret-0123456789abcdef";
const SCRUTINEER = "lead.scrutineer@northshire.example";
const CONNECTIONS = 8;
/** The app's own limit for reaching the database (DB_CONNECT_TIMEOUT_MS, default 5 s). */
const CONNECT_TIMEOUT_MS = 5_000;
/** The client gives up after this long: an answer slower than this is a hang. */
const CLIENT_TIMEOUT_MS = CONNECT_TIMEOUT_MS + 5_000;
const UNREACHABLE =
  "The service cannot reach its database just now. Nothing was saved; try again in a minute.";

type Sent = {
  connection: number;
  responseId: string;
  narrative: string;
  startedAt: number;
  endedAt: number;
  outcome: "saved" | "refused" | "timeout" | "socket" | "http-error";
  status?: number;
  version?: number;
  message?: string;
};

let db: PrivateDb;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  db = await startPrivateDb();
  await migrate(db.url);
  const prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 2 });
  await seed(prisma, { demo: true, secret: SECRET }).finally(() => prisma.$disconnect());
  app = await startBuiltApp({
    databaseUrl: db.url,
    env: { NEXTAUTH_SECRET: SECRET, DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) },
  });
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && app) {
    await testInfo.attach("server output", { body: app.output(), contentType: "text/plain" });
    console.log(app.output().slice(-6_000));
  }
});

test.afterAll(async () => {
  await app?.stop();
  await db?.remove();
});

async function scrutineerResponses(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{
      responseId: string;
      version: number;
      partnershipId: string;
      assessmentId: string;
    }>(
      `SELECT r.id::text AS "responseId", r.version, a."partnershipId"::text AS "partnershipId",
              a.id::text AS "assessmentId"
         FROM "Response" r
         JOIN "AssessmentParticipant" p ON p.id = r."participantId"
         JOIN "Assessment" a ON a.id = p."assessmentId"
         JOIN "User" u ON u.id = p."userId"
        WHERE u.email = $1 AND a.status = 'IN_PROGRESS' AND a.kind = 'INDEPENDENT_SCRUTINY'
        ORDER BY r.id`,
      [SCRUTINEER],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

test("PostgreSQL stopped under a load of saves: nothing acknowledged is lost, the outage gets clear answers, service returns within 5 s", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const cookie = await signInThroughPages(context, app.origin, {
    email: SCRUTINEER,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
  });
  const before = await scrutineerResponses(db.url);
  expect(before.length).toBeGreaterThanOrEqual(CONNECTIONS + 1);
  const first = before[0]!;
  const page = await context.newPage();
  const action = await captureSaveAction(
    page,
    `${app.origin}/partnerships/${first.partnershipId}/assessments/${first.assessmentId}/steps/1`,
  );
  await context.close();
  // The capture saved one answer; each connection starts from what is stored now.
  const targets = (await scrutineerResponses(db.url)).slice(0, CONNECTIONS);

  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS + 2 });
  const log: Sent[] = [];
  const versions = targets.map((target) => target.version);
  let stopLoad = false;

  async function connection(index: number) {
    const target = targets[index]!;
    for (let seq = 0; !stopLoad; seq += 1) {
      const narrative = `Fault test: connection ${index}, save ${seq}.`;
      const startedAt = Date.now();
      const answer = await send(
        agent,
        app.origin,
        {
          method: "POST",
          path: action.path,
          headers: {
            ...action.headers,
            cookie,
            origin: app.origin,
            accept: "text/x-component",
            "content-type": "text/plain;charset=UTF-8",
          },
          body: saveActionBody({
            partnershipId: target.partnershipId,
            responseId: target.responseId,
            version: versions[index],
            rating: "AMBER",
            narrative,
            remainingWork: "",
            notInScopeReason: "",
            evidenceIds: [],
          }),
        },
        CLIENT_TIMEOUT_MS,
      );
      const sent: Sent = {
        connection: index,
        responseId: target.responseId,
        narrative,
        startedAt,
        endedAt: Date.now(),
        outcome: "socket",
      };
      if (answer === "timeout") sent.outcome = "timeout";
      else if (!(answer instanceof Error)) {
        sent.status = answer.status;
        const saved = readSaveAnswer(answer.body);
        if (answer.status !== 200) sent.outcome = "http-error";
        else if (saved.ok && saved.version !== undefined) {
          sent.outcome = "saved";
          sent.version = saved.version;
          versions[index] = saved.version;
        } else {
          sent.outcome = "refused";
          sent.message = saved.message;
          // A save the database committed but whose answer was lost makes the next one a
          // conflict; the page would show both versions. Carry on from the stored version.
          if (saved.version !== undefined) versions[index] = saved.version;
        }
      }
      log.push(sent);
      if (sent.outcome !== "saved") await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const health: Array<{ at: number; status: number | "timeout" | "socket"; ms: number }> = [];
  async function probeHealth() {
    while (!stopLoad) {
      const at = Date.now();
      const answer = await send(agent, app.origin, { path: "/api/health" }, CLIENT_TIMEOUT_MS);
      health.push({
        at,
        status:
          answer === "timeout" ? "timeout" : answer instanceof Error ? "socket" : answer.status,
        ms: Date.now() - at,
      });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  const running = Promise.all([...targets.map((_, index) => connection(index)), probeHealth()]);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const stoppedAt = Date.now();
  await db.stop();
  // From here until the restart begins the database is certainly down.
  const downAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const restartingAt = Date.now();
  await db.start();
  const restartedAt = Date.now();
  // Run on until saving has worked again for a few seconds (or 20 s have passed).
  const until = restartedAt + 20_000;
  while (Date.now() < until) {
    const firstOk = log.find((s) => s.outcome === "saved" && s.startedAt >= restartedAt);
    if (firstOk && Date.now() - firstOk.endedAt > 3_000) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopLoad = true;
  await running;
  agent.destroy();

  const during = log.filter((s) => s.startedAt >= downAt && s.endedAt < restartingAt);
  const summary = {
    sent: log.length,
    saved: log.filter((s) => s.outcome === "saved").length,
    refused: log.filter((s) => s.outcome === "refused").length,
    duringOutage: during.length,
    slowest: Math.max(...log.map((s) => s.endedAt - s.startedAt)),
  };
  console.log("Fault test:", JSON.stringify(summary));

  // Load ran before, during and after the outage.
  expect(log.filter((s) => s.outcome === "saved" && s.endedAt < stoppedAt).length).toBeGreaterThan(
    0,
  );
  expect(during.length).toBeGreaterThan(0);

  // No hangs, no crashes, no server errors: every request was answered, within the time-out.
  expect(log.filter((s) => s.outcome === "timeout" || s.outcome === "socket")).toEqual([]);
  expect(log.filter((s) => s.outcome === "http-error")).toEqual([]);
  expect(summary.slowest).toBeLessThan(CLIENT_TIMEOUT_MS);
  expect(app.process.exitCode).toBeNull();

  // Each refusal is a sentence a person can act on: the database message, or (for a save whose
  // acknowledgement was cut off) the conflict that shows both versions.
  const messages = new Set(log.filter((s) => s.outcome === "refused").map((s) => s.message));
  for (const message of messages) {
    expect([UNREACHABLE, expect.stringMatching(/^Someone else saved this answer/)]).toContainEqual(
      message,
    );
  }
  expect(during.filter((s) => s.outcome !== "refused" || s.message !== UNREACHABLE)).toEqual([]);

  // The health check said 503 during the outage, promptly.
  const outageHealth = health.filter((h) => h.at >= downAt && h.at + h.ms < restartingAt);
  expect(outageHealth.length).toBeGreaterThan(0);
  expect(outageHealth.filter((h) => h.status !== 503 || h.ms >= CLIENT_TIMEOUT_MS)).toEqual([]);

  // Service recovered within 5 s of the database coming back.
  const firstSaveAfter = log.find((s) => s.outcome === "saved" && s.startedAt >= restartedAt);
  expect(firstSaveAfter, "a save succeeded after the restart").toBeDefined();
  expect(firstSaveAfter!.endedAt - restartedAt).toBeLessThanOrEqual(5_000);
  const firstHealthy = health.find((h) => h.at >= restartedAt && h.status === 200);
  expect(firstHealthy).toBeDefined();
  expect(firstHealthy!.at + firstHealthy!.ms - restartedAt).toBeLessThanOrEqual(5_000);

  // Zero acknowledged saves lost: each is in the audit trail written in the same transaction,
  // and each response holds its last acknowledged version or a later one.
  const acknowledged = log.filter((s) => s.outcome === "saved");
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const audit = await client.query<{ entityId: string; narrative: string }>(
      `SELECT "entityId", after->>'narrative' AS narrative FROM "AuditEvent"
        WHERE action = 'response.updated' AND "entityId" = ANY($1::text[])`,
      [targets.map((t) => t.responseId)],
    );
    const recorded = new Set(audit.rows.map((row) => `${row.entityId} ${row.narrative}`));
    const lost = acknowledged.filter((s) => !recorded.has(`${s.responseId} ${s.narrative}`));
    expect(lost, "acknowledged saves missing from the database").toEqual([]);

    const stored = await client.query<{ id: string; version: number; narrative: string }>(
      `SELECT id::text AS id, version, narrative FROM "Response" WHERE id = ANY($1::uuid[])`,
      [targets.map((t) => t.responseId)],
    );
    for (const row of stored.rows) {
      const last = acknowledged.filter((s) => s.responseId === row.id).at(-1);
      if (!last) continue;
      expect(row.version).toBeGreaterThanOrEqual(last.version!);
      if (row.version === last.version) expect(row.narrative).toBe(last.narrative);
    }
    expect(acknowledged.length).toBeGreaterThan(CONNECTIONS * 2);
  } finally {
    await client.end();
  }
});
