import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const APP = path.resolve(import.meta.dirname, "../../app/(app)");

/** Every page under app/(app), with dynamic segments filled by well-formed but unknown ids. */
function appPages(dir = APP, prefix = ""): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.startsWith("(")
        ? ""
        : entry.startsWith("[")
          ? "/00000000-0000-4000-8000-000000000000"
          : `/${entry}`;
      pages.push(...appPages(full, `${prefix}${segment}`));
    } else if (entry === "page.tsx") {
      pages.push(prefix || "/");
    }
  }
  return pages;
}

test("every app page sends a signed-out visitor to sign-in", async ({ request }) => {
  const pages = appPages();
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const url of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(307);
    expect(response.headers().location, url).toMatch(/^\/sign-in\?callbackUrl=/);
  }
});

test("responses carry a Content-Security-Policy with a nonce and the other security headers", async ({
  request,
}) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
