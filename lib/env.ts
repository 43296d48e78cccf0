import { z } from "zod";
import { parseInput } from "./validation";

const flag = z
  .enum(["0", "1", "true", "false"], { error: 'must be "1" or "0"' })
  .transform((value) => value === "1" || value === "true");

const postgresUrl = z
  .string({ error: "is required" })
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: "must be a postgres:// or postgresql:// URL",
  });

const WHOLE_NUMBER = { error: "must be a whole number greater than 0" };
const positiveInt = (fallback: number) =>
  z.coerce.number(WHOLE_NUMBER).int(WHOLE_NUMBER).positive(WHOLE_NUMBER).default(fallback);

/** Every environment variable the app reads. Documented in .env.example. */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "test", "production"], {
      error: 'must be "development", "test" or "production"',
    })
    .default("development"),
  DATABASE_URL: postgresUrl,
  /** Seeds the demo partnership and users. Only ever on by default for the embedded database. */
  SEED_DEMO: flag.default(false),
  /** Secret that signs session cookies; at least 32 characters. */
  NEXTAUTH_SECRET: z.string({ error: "is required" }).min(32, "must be at least 32 characters"),
  /** The public address of the app, e.g. https://sixsteps.example.gov.uk */
  NEXTAUTH_URL: z.url({ error: "must be a full URL such as https://sixsteps.example.gov.uk" }),
  /** Session lifetimes: signed out after this many idle minutes, and in any case after these hours. */
  SESSION_IDLE_MINUTES: positiveInt(30),
  SESSION_ABSOLUTE_HOURS: positiveInt(12),
  /** Roles that must use two-factor authentication (comma-separated; SITE_ADMIN for administrators). */
  TWO_FACTOR_REQUIRED_ROLES: z
    .string()
    .default("BUSINESS_MANAGER,SCRUTINEER,SITE_ADMIN")
    .transform((value) =>
      value
        .split(",")
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.enum(
          [
            "BUSINESS_MANAGER",
            "SCRUTINEER",
            "AGENCY_RESPONDENT",
            "AGENCY_CONTRIBUTOR",
            "VIEWER",
            "SITE_ADMIN",
          ],
          { error: "lists an unknown role" },
        ),
      ),
    ),
  /** Outgoing mail: smtp(s)://user:pass@host:port. Unset = mail is only kept in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Six Steps <no-reply@six-steps.invalid>"),
  /** Shows sent mail at /outbox. On by default except in production. */
  OUTBOX_ENABLED: flag.optional(),
  /** Microsoft Entra ID sign-in: on when all three are set. Tenant ids comma-separated. */
  ENTRA_CLIENT_ID: z.string().optional(),
  ENTRA_CLIENT_SECRET: z.string().optional(),
  ENTRA_TENANT_IDS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .optional(),
  DB_POOL_MAX: positiveInt(10),
  DB_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt(15_000),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses the given environment, naming every bad or missing variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = parseInput(envSchema, cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`),
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
