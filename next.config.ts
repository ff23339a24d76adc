import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withSerwist } from "@serwist/turbopack";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled; MJML
  // loads its components and their dependencies at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "nodemailer", "mjml"],
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // `forbidden()` renders app/forbidden.tsx with status 403 when a role may not see a page.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        // Static files too; pages get the full set, with a CSP nonce, from src/proxy.ts.
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // The integration API answers JSON and files, never a page: nothing in a response may run,
        // load or be framed. Set here rather than by src/proxy.ts, which the API skips: the proxy
        // cost every API call a second pass through Next.js's request handling.
        source: "/api/v1/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: "/api/v1/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

// withSerwist keeps esbuild (which bundles the service worker at build time) out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
