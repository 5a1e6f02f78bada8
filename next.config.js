/** @type {import('next').NextConfig} */
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The dashboard needs none of these; a script that got in could not use them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

const nextConfig = {
  // PGlite ships its own WebAssembly and data files, argon2 a native binary: load them from node_modules as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "playwright-core"],
  poweredByHeader: false,
  // Tests and benchmarks build into their own folder, so they never overwrite the build a running server uses.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Rendered pages are kept per data version, with a content security policy of hashes (lib/cache/README.md).
  cacheHandler: require.resolve("./lib/cache/page-cache-handler.js"),
  cacheMaxMemorySize: 0,
  experimental: {
    // Pages a browser prefetched are reused for 30 seconds at most (the least Next allows), not 5 minutes.
    staleTimes: { dynamic: 0, static: 30 },
    // The import page uploads CSVs through a server action; larger files go through the API or npm run import (32 MB).
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: common },
      // Pages get their content security policy from the page cache (cached pages) or the proxy (the others);
      // data, tiles and fonts are never documents, and nothing may frame them.
      {
        source: "/:prefix(api|tiles|fonts)/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // HTTPS is terminated by the proxy in front; tell browsers to keep to it.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
