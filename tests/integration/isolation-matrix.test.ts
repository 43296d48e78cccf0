/**
 * The isolation matrix: every server action and route handler in the app, each called as every
 * role of partnership A, as a business manager of partnership B and signed out. It fails when a new
 * action or route appears without an entry here, so nothing ships without an authorisation case.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "@/lib/authz/permissions";
import { signInAs } from "./support/session";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { discoverAll } from "./support/discover";
import { createWorld, type World } from "./support/world";
import { MATRIX, type MatrixCase } from "./isolation-cases";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
});
afterAll(() => database.drop());

describe("isolation matrix", () => {
  it("lists every server action and route handler", async () => {
    const discovered = await discoverAll();
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
