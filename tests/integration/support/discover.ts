import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every server action and route handler of the app, found on disk, so tests that must cover all
 * of them (the isolation matrix, the fuzzing) fail when a new one appears without a case.
 */

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function files(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, keep);
    return keep(full) ? [full] : [];
  });
}

export type Found = { key: string; file: string; name: string };

/** "lib/actions/x.ts#name" for every export of every "use server" file under lib/. */
export async function discoverActions(): Promise<Array<Found & { action: unknown }>> {
  const found: Array<Found & { action: unknown }> = [];
  const actionFiles = files(
    path.join(ROOT, "lib"),
    (f) => f.endsWith(".ts") && /^\s*["']use server["']/.test(readFileSync(f, "utf8")),
  );
  for (const file of actionFiles.sort()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function")
        found.push({ key: `${path.relative(ROOT, file)}#${name}`, file, name, action: value });
    }
  }
  return found;
}

/** "app/…/route.ts#GET" for every method every route handler under app/ exports. */
export function discoverRoutes(): Found[] {
  const found: Found[] = [];
  for (const file of files(path.join(ROOT, "app"), (f) => /route\.tsx?$/.test(f)).sort()) {
    const source = readFileSync(file, "utf8");
    for (const method of ROUTE_METHODS) {
      if (
        new RegExp(
          `export (async function|const|function) ${method}\\b|export \\{[^}]*\\b${method}\\b`,
        ).test(source)
      ) {
        found.push({ key: `${path.relative(ROOT, file)}#${method}`, file, name: method });
      }
    }
  }
  return found;
}

/** Every action and route handler key, sorted. */
export async function discoverAll(): Promise<string[]> {
  return [...(await discoverActions()), ...discoverRoutes()].map((found) => found.key).sort();
}
