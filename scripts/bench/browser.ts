/**
 * What the benchmark and the database fault test need a real browser for: signing in through the
 * real pages (password, then the authenticator code), the session cookie that results, the
 * server action a response page calls when it autosaves, and the JavaScript the page costs.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { totpCode } from "../../lib/auth/totp";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("@playwright/test");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Signs in through /sign-in (and /sign-in/two-factor when asked); returns the Cookie header. */
export async function signInThroughPages(
  context: BrowserContext,
  origin: string,
  account: { email: string; password: string; totpSecret?: string },
): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(home|sign-in\/two-factor)/, { timeout: 60_000 });
  if (page.url().includes("/sign-in/two-factor")) {
    if (!account.totpSecret) throw new Error(`${account.email} must give a two-factor code`);
    await page.getByLabel("Code from your authenticator app").fill(totpCode(account.totpSecret));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.waitForURL(/\/home$/, { timeout: 60_000 });
  await page.close();
  const cookies = await context.cookies(origin);
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

export type SaveActionCall = {
  /** The page path the action is posted to. */
  path: string;
  /** Next-Action (the action's id) and Next-Router-State-Tree, as the browser sent them. */
  headers: Record<string, string>;
};

/**
 * Opens a response page, types into the first narrative box, and records the autosave request
 * the page sends: the same server action a person's browser calls, replayable over HTTP.
 */
export async function captureSaveAction(page: Page, pageUrl: string): Promise<SaveActionCall> {
  await page.goto(pageUrl);
  const posted = page.waitForRequest(
    (request) => request.method() === "POST" && request.headers()["next-action"] !== undefined,
    { timeout: 30_000 },
  );
  await page.getByRole("textbox", { name: "Narrative" }).first().fill("Benchmark: a first save.");
  const request = await posted;
  const headers = request.headers();
  const url = new URL(request.url());
  return {
    path: url.pathname + url.search,
    headers: {
      "next-action": headers["next-action"] as string,
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
    },
  };
}

/** The body React sends for `saveResponse(null, input)`: the arguments as a JSON array. */
export function saveActionBody(input: Record<string, unknown>): string {
  return JSON.stringify([null, input]);
}

/** Reads `{ ok, version }` out of a server action's RSC answer. */
export function readSaveAnswer(body: string): { ok: boolean; version?: number; message?: string } {
  const ok = /"ok":true/.test(body);
  const version = /"version":(\d+)/.exec(body)?.[1];
  const message = /"message":"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
  return { ok, ...(version ? { version: Number(version) } : {}), ...(message ? { message } : {}) };
}

/**
 * The JavaScript the browser receives for a page (bytes on the wire, gzip as served), counted
 * from a cold cache.
 */
export async function pageScriptBytes(
  browser: Browser,
  cookie: string,
  origin: string,
  pageUrl: string,
): Promise<{ bytes: number; files: number; encodings: string[] }> {
  const context = await browser.newContext();
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...rest] = pair.split("=");
      return { name: name as string, value: rest.join("="), url: origin };
    }),
  );
  const page = await context.newPage();
  const scripts: Array<Promise<{ bytes: number; encoding: string }>> = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      response
        .request()
        .sizes()
        .then(async (sizes) => ({
          bytes: sizes.responseBodySize,
          encoding: (await response.allHeaders())["content-encoding"] ?? "none",
        })),
    );
  });
  await page.goto(`${origin}${pageUrl}`, { waitUntil: "networkidle" });
  const measured = await Promise.all(scripts);
  await context.close();
  return {
    bytes: measured.reduce((sum, item) => sum + item.bytes, 0),
    files: measured.length,
    encodings: [...new Set(measured.map((item) => item.encoding))],
  };
}
