import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error(
      "Health check: database unavailable:",
      error instanceof Error ? error.message : error,
    );
    return false;
  }
}
