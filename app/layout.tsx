import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

// Every page is rendered per request: the header shows who is signed in, and the CSP nonce is new
// for each response.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Six Steps", template: "%s – Six Steps" },
  description:
    "Independent scrutiny of multi-agency child safeguarding arrangements, using the Six Steps framework.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col font-sans text-base leading-relaxed">
        <a
          href="#main-content"
          className="sr-only bg-focus p-2 text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
