import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, toDomainError } from "@/lib/actions/db-errors";

const UNREACHABLE =
  "The service cannot reach its database just now. Nothing was saved; try again in a minute.";

/** The shapes seen in the database fault test (tests/e2e/db-fault.spec.ts) and the pg driver. */
const unavailable: Array<[string, unknown]> = [
  ["Prisma: can't reach the server", { code: "P1001", message: "Can't reach database server" }],
  ["Prisma: server closed the connection", { code: "P1017" }],
  ["Prisma: timed out waiting for a pooled connection", { code: "P2024" }],
  [
    "adapter: not reachable, in Prisma's meta",
    { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
  ],
  ["adapter: connection closed", { message: "x", cause: { kind: "ConnectionClosed" } }],
  [
    "PostgreSQL starting up (57P03)",
    {
      message: "the database system is starting up",
      cause: { kind: "postgres", originalCode: "57P03" },
    },
  ],
  ["PostgreSQL shutting down (57P01)", { code: "57P01", message: "terminating connection" }],
  ["connection exception class 08", { code: "08006" }],
  ["too many connections", { code: "53300" }],
  ["node-postgres socket", new Error("Connection terminated unexpectedly")],
  ["refused", new Error("connect ECONNREFUSED 127.0.0.1:5432")],
];

const notUnavailable: Array<[string, unknown]> = [
  ["unique violation", { code: "P2002" }],
  ["a constraint (23505)", { code: "23505", message: "duplicate key value" }],
  ["a plain bug", new Error("Cannot read properties of undefined")],
  ["nothing", null],
  [
    "a cycle of causes",
    (() => {
      const a: { cause?: unknown } = {};
      a.cause = { cause: a };
      return a;
    })(),
  ],
];

describe("a database that is down, restarting or out of reach", () => {
  it.each(unavailable)("%s → the clear 'cannot reach its database' sentence", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toDomainError(error)?.message).toBe(UNREACHABLE);
  });

  it.each(notUnavailable)("%s is not mistaken for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
