/** `npm run db:migrate` and `npm run db:seed`, on DATABASE_URL or the embedded database. */
import { createPrismaClient } from "../lib/db/client";
import { EnvError } from "../lib/env";
import { seed } from "../prisma/seed";
import { migrate } from "./lib/migrate";
import { UserFacingError } from "./lib/ports";
import { loadDotEnv, prepareDatabase } from "./lib/local-env";

async function main(command: string | undefined): Promise<void> {
  if (command !== "migrate" && command !== "seed") {
    throw new UserFacingError("Usage: tsx scripts/db.ts migrate|seed");
  }
  loadDotEnv();
  const { embedded } = await prepareDatabase({ quiet: true });
  const databaseUrl = process.env.DATABASE_URL as string;
  try {
    console.log(`Migrations: ${await migrate(databaseUrl)}.`);
    if (command === "seed") {
      const demo = process.env.SEED_DEMO === "1" || process.env.SEED_DEMO === "true";
      const prisma = createPrismaClient({ databaseUrl, poolMax: 2 });
      const result = await seed(prisma, { demo }).finally(() => prisma.$disconnect());
      console.log(
        `Seeded the Six Steps framework${result.demoPartnershipId ? " and the demo partnership" : " (no demo data: set SEED_DEMO=1 to add it)"}.`,
      );
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  const known = error instanceof UserFacingError || error instanceof EnvError;
  console.error(
    known ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
