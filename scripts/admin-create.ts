/**
 * `npm run admin:create -- --email you@council.gov.uk --name "Your Name"`
 * Creates the first site administrator (who then creates partnerships). The password comes from
 * ADMIN_PASSWORD, or a strong one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { loadDotEnv, prepareDatabase } from "./lib/local-env";
import { migrate } from "./lib/migrate";
import { parseInput } from "../lib/validation";

const input = z.object({
  email: z.email("Give a valid email address with --email").transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "Give the administrator's name with --name").max(200),
  password: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").max(200),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  const generated = !process.env.ADMIN_PASSWORD;
  const parsed = parseInput(input, {
    email: values.email ?? "",
    name: values.name ?? "",
    password: process.env.ADMIN_PASSWORD ?? randomBytes(18).toString("base64url"),
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  }
  loadDotEnv();
  const { embedded } = await prepareDatabase({ quiet: true, shareRunning: true });
  const prisma = createPrismaClient({
    databaseUrl: process.env.DATABASE_URL as string,
    poolMax: 1,
  });
  try {
    await migrate(process.env.DATABASE_URL as string);
    const existing = await prisma.user.findUnique({ where: { email: parsed.data.email } });
    if (existing) throw new Error(`A user with the email ${parsed.data.email} already exists.`);
    const user = await prisma.user.create({
      data: {
        email: parsed.data.email,
        name: parsed.data.name,
        isSiteAdmin: true,
        passwordHash: await hashPassword(parsed.data.password),
      },
    });
    await prisma.auditEvent.create({
      data: {
        category: "SECURITY",
        action: "admin.created",
        entityType: "User",
        entityId: user.id,
        metadata: { via: "npm run admin:create" },
      },
    });
    console.log(`Created site administrator ${user.email}.`);
    if (generated) console.log(`Temporary password (shown once): ${parsed.data.password}`);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
