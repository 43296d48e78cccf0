/**
 * The isolation matrix: every server action and route handler in the app, each called as every
 * role of partnership A, as a business manager of partnership B and signed out. It fails when a new
 * action or route appears without an entry here, so nothing ships without an authorisation case.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "@/lib/authz/permissions";
import { signInAs } from "./support/session";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { createWorld, type World } from "./support/world";
import { MATRIX, type MatrixCase } from "./isolation-cases";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, keep);
    return keep(full) ? [full] : [];
  });
}

/** "lib/actions/x.ts#name" for every export of every "use server" file, and every route method. */
async function discover(): Promise<string[]> {
  const found: string[] = [];
  const actionFiles = files(
    path.join(ROOT, "lib"),
    (f) => f.endsWith(".ts") && /^\s*["']use server["']/.test(readFileSync(f, "utf8")),
  );
  for (const file of actionFiles) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.push(`${path.relative(ROOT, file)}#${name}`);
    }
  }
  for (const file of files(path.join(ROOT, "app"), (f) => /route\.tsx?$/.test(f))) {
    const source = readFileSync(file, "utf8");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (
        new RegExp(
          `export (async function|const|function) ${method}\\b|export \\{[^}]*\\b${method}\\b`,
        ).test(source)
      ) {
        found.push(`${path.relative(ROOT, file)}#${method}`);
      }
    }
  }
  return found.sort();
}

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
});
afterAll(() => database.drop());

describe("isolation matrix", () => {
  it("lists every server action and route handler", async () => {
    const discovered = await discover();
    const listed = Object.keys(MATRIX).sort();
    expect(
      discovered.filter((key) => !listed.includes(key)),
      "not in the matrix",
    ).toEqual([]);
    expect(
      listed.filter((key) => !discovered.includes(key)),
      "in the matrix but gone",
    ).toEqual([]);
  });

  const partnershipCases = Object.entries(MATRIX).filter(
    (entry): entry is [string, Extract<MatrixCase, { kind: "partnership" }>] =>
      entry[1].kind === "partnership",
  );
  const actors: Array<Role | "OTHER_PARTNERSHIP" | "SIGNED_OUT"> = [
    ...ROLES,
    "OTHER_PARTNERSHIP",
    "SIGNED_OUT",
  ];

  for (const [key, entry] of partnershipCases) {
    for (const actor of actors) {
      const allowed = (entry.allowed as readonly string[]).includes(actor);
      it(`${key} as ${actor}: ${allowed ? "allowed" : "denied"}`, async () => {
        const prepared = await entry.prepare(world, database.prisma);
        const userId =
          actor === "SIGNED_OUT"
            ? null
            : actor === "OTHER_PARTNERSHIP"
              ? world.outsider.id
              : world.members[actor].id;
        await signInAs(userId);
        const outcome = await entry.invoke(prepared);
        expect(outcome.allowed, outcome.detail).toBe(allowed);
        if (!allowed) await entry.unchanged?.(prepared, database.prisma);
      });
    }
  }
});

export const MATRIX_CASE_COUNT = () =>
  Object.values(MATRIX).filter((entry) => entry.kind === "partnership").length * (ROLES.length + 2);
