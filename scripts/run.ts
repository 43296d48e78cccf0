/**
 * `npm run dev` / `npm start`: database (embedded when DATABASE_URL is unset) → migrations → seed →
 * Next.js. Ctrl-C stops Next, then PostgreSQL, cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { createPrismaClient } from "../lib/db/client";
import { seed } from "../prisma/seed";
import { migrate, ROOT } from "./lib/migrate";
import { assertPortFree, UserFacingError } from "./lib/ports";
import { loadDotEnv, localSecret, prepareDatabase } from "./lib/local-env";

const mode = process.argv[2] === "start" ? "start" : "dev";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

async function main(): Promise<void> {
  loadDotEnv();
  const port = Number(process.env.PORT ?? 3000);
  await assertPortFree(port, "Six Steps", "PORT");
  if (mode === "start" && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new UserFacingError("There is no production build yet: run `npm run build` first.");
  }

  const { embedded } = await prepareDatabase();
  if (mode === "dev") process.env.NEXTAUTH_SECRET ??= localSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const config = parseEnv(process.env);

  let next: ChildProcess | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((resolve) => next?.once("exit", resolve));
    }
    if (embedded) {
      console.log("Stopping the embedded PostgreSQL…");
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const migrated = await migrate(config.DATABASE_URL);
    const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, poolMax: 2 });
    const seeded = await seed(prisma, {
      demo: config.SEED_DEMO,
      secret: config.NEXTAUTH_SECRET,
    }).finally(() => prisma.$disconnect());
    console.log(
      `Database ${embedded ? "(embedded PostgreSQL, data in .data/)" : "(DATABASE_URL)"}: ` +
        `migrations ${migrated}, framework seeded${seeded.demoPartnershipId ? ", demo partnership seeded" : ""}.`,
    );
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  const nextBin = path.join(ROOT, "node_modules", ".bin", "next");
  next = spawn(nextBin, [mode, "--port", String(port)], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  if (error instanceof UserFacingError || error instanceof EnvError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(
      "\nSix Steps could not start:",
      error instanceof Error ? error.message : error,
      "\n",
    );
  }
  process.exit(1);
});
