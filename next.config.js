// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build beside the first (a browser check next to the test server); lib/env.ts validates the name.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pg and the PGlite packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // Server-action bodies up to 4 MB reach the action, whose schema refuses an over-long field in Chinese at the
  // field (a 1 MB 联盟名称 was a 500 under Next's default of 1 MB); proxy.ts refuses larger declared bodies (413).
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          // The full policy with its script nonce is set per page by proxy.ts; this one also covers files and API answers.
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
