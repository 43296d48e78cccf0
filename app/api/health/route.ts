import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Liveness and database readiness: 200 after a real `SELECT 1`, 503 when the database is down. */
export async function GET(): Promise<Response> {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "unavailable", db: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
