/**
 * `npm run bench`: builds the app, starts it on a private PostgreSQL loaded with a national-scale
 * data set (scripts/bench/national-data.sql), measures it over loopback and writes the table to
 * docs/benchmarks/results.md. A benchmark, not a test: it reports figures against targets and
 * fails only when it cannot measure.
 *
 *   npm run bench                   full run (about 8 minutes on 2 cores)
 *   npm run bench -- --skip-build   reuse the existing .next build
 *   npm run bench -- --small        a small data set, for trying the bench itself
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { seed } from "../../prisma/seed";
import { migrate } from "../lib/migrate";
import { ROOT, startBuiltApp, startPrivateDb, type AppServer, type PrivateDb } from "./app-server";
import {
  captureSaveAction,
  launchChromium,
  pageScriptBytes,
  readSaveAnswer,
  saveActionBody,
  signInThroughPages,
} from "./browser";
import { formatCounts, generateNationalData, type GeneratorOptions } from "./generate";
import { runLoad, send, type LoadResult } from "./load";
import { startCountingProxy } from "./pg-proxy";
import http from "node:http";

const args = new Set(process.argv.slice(2));
const SMALL = args.has("--small");
const SECONDS = Number(process.env.BENCH_SECONDS ?? (SMALL ? 5 : 15));
const SAVE_CONNECTIONS = 50;
const PAGE_CONNECTIONS = 4;
const SECRET = "bench-only-secret-not-for-production-0123456789";
const RESULTS = path.join(ROOT, "docs", "benchmarks", "results.md");

const TARGETS = {
  saveRatio: 3,
  reportRatio: 10,
  docxMs: 1_000,
  pdfMs: 3_000,
  xlsxMs: 2_000,
  scriptKb: 150,
};

function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "–");
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}×`;
const met = (ok: boolean) => (ok ? "met" : "**not met**");

async function timeDownload(
  origin: string,
  pathname: string,
  cookie: string,
  runs: number,
): Promise<{ ms: number; bytes: number; status: number; contentType: string }> {
  const times: number[] = [];
  let bytes = 0;
  let status = 0;
  let contentType = "";
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${origin}${pathname}`, { headers: { cookie } });
    const body = new Uint8Array(await response.arrayBuffer());
    times.push(performance.now() - started);
    bytes = body.byteLength;
    status = response.status;
    contentType = response.headers.get("content-type") ?? "";
    if (!response.ok) break;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, bytes, status, contentType };
}

async function main(): Promise<void> {
  const began = Date.now();
  process.env.NEXTAUTH_SECRET = SECRET;
  if (!args.has("--skip-build")) {
    step("Building the app (next build)");
    const built = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (built.status !== 0) throw new Error("next build failed");
  }

  let db: PrivateDb | null = null;
  let app: AppServer | null = null;
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    step("Starting a private PostgreSQL, applying migrations, seeding the Six Steps framework");
    db = await startPrivateDb();
    await migrate(db.url);
    const prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 2 });
    await seed(prisma, { demo: false, secret: SECRET }).finally(() => prisma.$disconnect());

    const options: GeneratorOptions = SMALL
      ? { partnerships: 6, cycles: 3, organisations: 8, largestFactor: 10 }
      : {};
    step(`Generating the data set${SMALL ? " (small)" : " (national scale)"}`);
    const generated = await generateNationalData(db.url, options);
    console.log(formatCounts(generated.counts));
    console.log(`Generated in ${(generated.ms / 1000).toFixed(1)} s.`);
    const { handles } = generated;
    const sizes = await databaseSize(db.url);

    step("Starting the built app (next start)");
    app = await startBuiltApp({ databaseUrl: db.url, env: { NEXTAUTH_SECRET: SECRET } });
    const { origin } = app;

    step("Signing in through the real pages in Chromium");
    const chromium = await launchChromium();
    browser = chromium;
    const signIn = async (email: string) => {
      const context = await chromium.newContext();
      const credentials = { email, password: handles.password, totpSecret: handles.totpSecret };
      return { context, cookie: await signInThroughPages(context, origin, credentials) };
    };
    const scrutineer = await signIn(handles.scrutineer.email);
    const scrutineerCookie = scrutineer.cookie;
    const managerCookie = (await signIn(handles.largest.businessManagerEmail)).cookie;
    const typicalCookie = (await signIn(handles.typical.businessManagerEmail)).cookie;
    const savePage = await scrutineer.context.newPage();
    const saveAction = await captureSaveAction(savePage, `${origin}${handles.responsePageUrl}`);
    await savePage.close();

    step("Measuring the response page's JavaScript (cold cache, as served)");
    const script = await pageScriptBytes(
      browser,
      scrutineerCookie,
      origin,
      handles.responsePageUrl,
    );

    // Each connection saves its own response; it starts from the version now stored.
    const targets = await currentVersions(
      db.url,
      handles.scrutineer.saveTargets.slice(0, SAVE_CONNECTIONS),
    );
    if (targets.length < SAVE_CONNECTIONS) {
      throw new Error(`Only ${targets.length} responses to save; ${SAVE_CONNECTIONS} needed.`);
    }

    const warm = async (pathname: string, cookie: string) => {
      const agent = new http.Agent({ keepAlive: true });
      for (let i = 0; i < 3; i += 1) {
        await send(agent, origin, { path: pathname, headers: { cookie } }, 60_000);
      }
      agent.destroy();
    };
    const getLoad = (pathname: string, cookie: string, connections: number, expect?: string) =>
      runLoad({
        origin,
        connections,
        durationMs: SECONDS * 1000,
        request: () => ({ path: pathname, headers: { cookie } }),
        check: (_c, answer) =>
          answer.status === 200 && (expect === undefined || answer.body.includes(expect)),
      });

    step(
      `Floor: GET /api/health (${SECONDS} s at ${PAGE_CONNECTIONS} and ${SAVE_CONNECTIONS} connections)`,
    );
    await warm("/api/health", "");
    const floorPages = await getLoad("/api/health", "", PAGE_CONNECTIONS);
    const floorSaves = await getLoad("/api/health", "", SAVE_CONNECTIONS);

    step(`Saving responses: ${SAVE_CONNECTIONS} connections, each on its own response`);
    const versions = targets.map((target) => target.version);
    const saves = await runLoad({
      origin,
      connections: SAVE_CONNECTIONS,
      durationMs: SECONDS * 1000,
      timeoutMs: 30_000,
      request: (connection, seq) => {
        const target = targets[connection]!;
        return {
          method: "POST",
          path: saveAction.path,
          headers: {
            ...saveAction.headers,
            cookie: scrutineerCookie,
            origin,
            accept: "text/x-component",
            "content-type": "text/plain;charset=UTF-8",
          },
          body: saveActionBody({
            partnershipId: target.partnershipId,
            responseId: target.responseId,
            version: versions[connection],
            rating: (["RED", "AMBER", "GREEN"] as const)[seq % 3],
            narrative: `Benchmark save ${seq} on connection ${connection}: the partners' evidence was read again and the rating reconsidered.`,
            remainingWork: "Check the multi-agency audit findings at the next meeting.",
            notInScopeReason: "",
            evidenceIds: target.evidenceIds,
          }),
        };
      },
      check: (connection, answer) => {
        const saved = readSaveAnswer(answer.body);
        if (answer.status !== 200 || !saved.ok || saved.version === undefined) return false;
        versions[connection] = saved.version;
        return true;
      },
    });

    const reportPath = reportPathOf(handles.largest);
    const trackerPath = `/partnerships/${handles.largest.partnershipId}/actions?status=OPEN&step=3&sort=due`;
    step(
      "The largest partnership's report page, the action tracker with filters, the scrutineer's dashboard",
    );
    await warm(reportPath, managerCookie);
    const report = await getLoad(reportPath, managerCookie, PAGE_CONNECTIONS, "Agreed");
    await warm(trackerPath, managerCookie);
    const tracker = await getLoad(trackerPath, managerCookie, PAGE_CONNECTIONS);
    await warm("/home", scrutineerCookie);
    const dashboard = await getLoad("/home", scrutineerCookie, PAGE_CONNECTIONS);

    step("Exports: the yearly report's scrutiny section (Word, PDF) and 10,000 actions (Excel)");
    const yearly = `/partnerships/${handles.largest.partnershipId}/yearly-report/${handles.largest.yearlyCycleId}/export`;
    const docx = await timeDownload(origin, `${yearly}/docx`, managerCookie, 3);
    const pdf = await timeDownload(origin, `${yearly}/pdf`, managerCookie, 3);
    const xlsx = await timeDownload(
      origin,
      `/partnerships/${handles.largest.partnershipId}/actions/export?format=xlsx`,
      managerCookie,
      3,
    );
    const xlsxRows = await countXlsxRows(origin, handles.largest.partnershipId, managerCookie);

    step("Queries per report page at 1× and 10× data (a second app behind a counting proxy)");
    await app.stop();
    app = null;
    const [typicalQueries, largestQueries] = await countReportQueries(db, [
      { pathname: reportPathOf(handles.typical), cookie: typicalCookie },
      { pathname: reportPath, cookie: managerCookie },
    ]);
    const queries = { typical: typicalQueries ?? -1, largest: largestQueries ?? -1 };

    await browser.close();
    browser = null;

    const minutes = (Date.now() - began) / 60_000;
    const rows: string[][] = [
      [
        "Floor: GET /api/health, 4 connections",
        ms(floorPages.p50),
        ms(floorPages.p95),
        `${floorPages.throughput.toFixed(0)} req/s; errors ${floorPages.errors}`,
        "",
        "",
      ],
      [
        "Floor: GET /api/health, 50 connections",
        ms(floorSaves.p50),
        ms(floorSaves.p95),
        `${floorSaves.throughput.toFixed(0)} req/s; errors ${floorSaves.errors}`,
        "",
        "",
      ],
      saveRow(saves, floorSaves),
      pageRow("Report page, largest partnership", report, floorPages, TARGETS.reportRatio),
      pageRow("Action tracker, filtered (open, step 3, by due date)", tracker, floorPages),
      pageRow("Scrutineer's dashboard (home)", dashboard, floorPages),
      [
        "Yearly report section, Word (.docx)",
        ms(docx.ms),
        "",
        `${(docx.bytes / 1024).toFixed(0)} KB, HTTP ${docx.status}`,
        `≤ ${TARGETS.docxMs} ms`,
        met(docx.status === 200 && docx.ms <= TARGETS.docxMs),
      ],
      [
        "Yearly report section, PDF",
        ms(pdf.ms),
        "",
        `${(pdf.bytes / 1024).toFixed(0)} KB, HTTP ${pdf.status}`,
        `≤ ${TARGETS.pdfMs} ms`,
        met(pdf.status === 200 && pdf.ms <= TARGETS.pdfMs),
      ],
      [
        `Action tracker, Excel (.xlsx) of ${xlsxRows.toLocaleString("en-GB")} actions`,
        ms(xlsx.ms),
        "",
        `${(xlsx.bytes / 1024).toFixed(0)} KB, HTTP ${xlsx.status}`,
        `≤ ${TARGETS.xlsxMs} ms`,
        met(xlsx.status === 200 && xlsx.ms <= TARGETS.xlsxMs && xlsxRows >= 10_000),
      ],
      [
        "Queries per report page: typical (1×) / largest (10×)",
        "",
        "",
        `${queries.typical} / ${queries.largest}`,
        "equal",
        met(queries.typical === queries.largest),
      ],
      [
        "Response page JavaScript (gzip, as received)",
        "",
        "",
        `${(script.bytes / 1024).toFixed(1)} KB in ${script.files} files (${script.encodings.join(", ")})`,
        `≤ ${TARGETS.scriptKb} KB`,
        met(script.bytes <= TARGETS.scriptKb * 1024),
      ],
    ];
    const table = [
      "| Measurement | p50 | p95 | Other | Target | Result |",
      "|---|---|---|---|---|---|",
      ...rows.map((row) => `| ${row.join(" | ")} |`),
    ].join("\n");

    const machine = `${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}; Node ${process.version}; PostgreSQL ${sizes.version}`;
    const report_ = [
      "# Benchmark results",
      "",
      `Written by \`npm run bench\`${SMALL ? " --small (NOT national scale)" : ""} on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, in ${minutes.toFixed(1)} minutes.`,
      "",
      `Machine: ${machine}. Everything ran on this one machine over loopback: the load generator, the app (\`next start\`) and PostgreSQL (embedded, default durability: fsync on).`,
      "",
      `Method: closed-loop keep-alive HTTP (scripts/bench/load.ts), ${SECONDS} s per measurement after a warm-up; pages at ${PAGE_CONNECTIONS} connections, saves at ${SAVE_CONNECTIONS}, each floor at the same concurrency as what it is compared with. Saves are the real server action a response page calls (captured from Chromium), signed in as a scrutineer, each connection on its own response and naming the version it edits.`,
      "",
      table,
      "",
      `Saves: ${saves.requests} sent, ${saves.errors} errors, statuses ${JSON.stringify(saves.statuses)}${saves.errorSamples.length ? `; first errors: ${saves.errorSamples.join(" / ")}` : ""}.`,
      "",
      `## The data set (${(generated.ms / 1000).toFixed(1)} s to generate; database ${sizes.size})`,
      "",
      "```",
      formatCounts(generated.counts),
      "```",
      "",
      "Generator: scripts/bench/national-data.sql (set-based SQL); see its comments for what each number models.",
      "",
    ].join("\n");
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    // Formatted as the repository's other Markdown, so `npm run format:check` stays clean.
    const prettier = await import("prettier");
    writeFileSync(RESULTS, await prettier.format(report_, { parser: "markdown" }));
    console.log(
      `\n${table}\n\nWritten to ${path.relative(ROOT, RESULTS)} (${minutes.toFixed(1)} minutes).`,
    );
  } finally {
    await browser?.close().catch(() => {});
    await app?.stop().catch(() => {});
    await db?.remove().catch(() => {});
  }
}

function reportPathOf(partner: { partnershipId: string; reportAssessmentId: string }): string {
  return `/partnerships/${partner.partnershipId}/assessments/${partner.reportAssessmentId}/report`;
}

function saveRow(saves: LoadResult, floor: LoadResult): string[] {
  const r = saves.p95 / floor.p95;
  return [
    "Save a response, 50 connections",
    ms(saves.p50),
    ms(saves.p95),
    `p95 ÷ floor p95 = ${ratio(saves.p95, floor.p95)}; ${saves.throughput.toFixed(0)} saves/s; errors ${saves.errors}`,
    `≤ ${TARGETS.saveRatio}× floor, 0 errors`,
    met(r <= TARGETS.saveRatio && saves.errors === 0),
  ];
}

function pageRow(label: string, load: LoadResult, floor: LoadResult, target?: number): string[] {
  return [
    label,
    ms(load.p50),
    ms(load.p95),
    `p50 ${ratio(load.p50, floor.p50)}, p95 ${ratio(load.p95, floor.p95)} of floor; errors ${load.errors}`,
    target ? `p50 ≤ ${target}× floor` : "",
    target
      ? met(load.p50 / floor.p50 <= target && load.errors === 0)
      : load.errors === 0
        ? ""
        : "**errors**",
  ];
}

type Target = { partnershipId: string; responseId: string; version: number; evidenceIds: string[] };

async function currentVersions(
  url: string,
  wanted: Array<{ partnershipId: string; responseId: string }>,
): Promise<Target[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string; version: number; evidence: string[] }>(
      `SELECT r.id::text AS id, r.version,
              COALESCE(array_agg(re."evidenceId"::text) FILTER (WHERE re."evidenceId" IS NOT NULL), '{}') AS evidence
         FROM "Response" r LEFT JOIN "ResponseEvidence" re ON re."responseId" = r.id
        WHERE r.id = ANY($1::uuid[])
        GROUP BY r.id, r.version`,
      [wanted.map((target) => target.responseId)],
    );
    const byId = new Map(result.rows.map((row) => [row.id, row]));
    return wanted.flatMap((target) => {
      const row = byId.get(target.responseId);
      return row ? [{ ...target, version: row.version, evidenceIds: row.evidence }] : [];
    });
  } finally {
    await client.end();
  }
}

async function databaseSize(url: string): Promise<{ size: string; version: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ size: string; version: string }>(
      "SELECT pg_size_pretty(pg_database_size(current_database())) AS size, current_setting('server_version') AS version",
    );
    return result.rows[0]!;
  } finally {
    await client.end();
  }
}

async function countXlsxRows(
  origin: string,
  partnershipId: string,
  cookie: string,
): Promise<number> {
  const ExcelJS = (await import("exceljs")).default;
  const response = await fetch(
    `${origin}/partnerships/${partnershipId}/actions/export?format=xlsx`,
    {
      headers: { cookie },
    },
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const sheet = workbook.worksheets[0];
  return sheet ? Math.max(0, sheet.actualRowCount - 1) : 0;
}

/**
 * The report page's round trips to PostgreSQL for a typical partnership and for the largest (ten
 * times the data): a fresh app whose pool goes through the counting proxy, each page requested
 * alone after a warm-up.
 */
async function countReportQueries(
  db: PrivateDb,
  pages: Array<{ pathname: string; cookie: string }>,
): Promise<number[]> {
  const proxy = await startCountingProxy({ host: "127.0.0.1", port: db.port });
  const proxied = db.url.replace(`:${db.port}/`, `:${proxy.port}/`);
  const app = await startBuiltApp({ databaseUrl: proxied, env: { NEXTAUTH_SECRET: SECRET } });
  try {
    const counts: number[] = [];
    for (const { pathname, cookie } of pages) {
      // A warm-up first, then the page alone: nothing else talks to the database meanwhile.
      await fetch(`${app.origin}${pathname}`, { headers: { cookie } }).then((r) => r.text());
      const before = proxy.queries();
      const response = await fetch(`${app.origin}${pathname}`, { headers: { cookie } });
      await response.text();
      if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
      counts.push(proxy.queries() - before);
    }
    return counts;
  } finally {
    await app.stop();
    await proxy.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    "\nThe benchmark could not finish:",
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
