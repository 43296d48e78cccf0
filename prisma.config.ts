import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./scripts/lib/migration-adapter";

// Prisma 6.19 with the WASM ("js") schema engine: migrations run offline, no native engine download.
// See docs/decisions/0002-database-and-prisma.md.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => migrationAdapter(process.env.DATABASE_URL),
});
