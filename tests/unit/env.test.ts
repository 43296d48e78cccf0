import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../lib/env";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/sixsteps",
  NEXTAUTH_SECRET: "s".repeat(32),
  NEXTAUTH_URL: "https://sixsteps.example.gov.uk",
};

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("environment validation", () => {
  it("accepts a complete environment and applies defaults", () => {
    const env = parseEnv(valid);
    expect(env.SEED_DEMO).toBe(false);
    expect(env.DB_POOL_MAX).toBe(10);
  });

  it("names each missing variable", () => {
    expect(problems({})).toEqual([
      "DATABASE_URL is required",
      "NEXTAUTH_SECRET is required",
      "NEXTAUTH_URL must be a full URL such as https://sixsteps.example.gov.uk",
    ]);
  });

  it("names a bad value and says what is expected", () => {
    expect(problems({ ...valid, DATABASE_URL: "mysql://x" })).toEqual([
      "DATABASE_URL must be a postgres:// or postgresql:// URL",
    ]);
    expect(problems({ ...valid, NEXTAUTH_SECRET: "short" })).toEqual([
      "NEXTAUTH_SECRET must be at least 32 characters",
    ]);
    expect(problems({ ...valid, SEED_DEMO: "yes" })).toEqual(['SEED_DEMO must be "1" or "0"']);
    expect(problems({ ...valid, DB_POOL_MAX: "-1" })[0]).toMatch(/^DB_POOL_MAX /);
  });

  it("treats an empty value as unset", () => {
    expect(problems({ ...valid, NEXTAUTH_SECRET: "" })).toEqual(["NEXTAUTH_SECRET is required"]);
  });
});
