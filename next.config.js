/** @type {import('next').NextConfig} */

/**
 * The policy every page gets. Scripts come only from this origin; the inline
 * script allowance is replaced by per-page hashes once pages are served from
 * the per-version cache (see issue 10 and docs/security.md). Styles stay
 * inline-capable: Leaflet and React set style attributes.
 */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The dashboard needs none of these; a script that got in could not use them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

const nextConfig = {
  // PGlite ships its own WebAssembly and data files: load it from node_modules as is.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Tests and benchmarks build into their own folder, so they never overwrite the build a running server uses.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      // Only embeds may sit in another site's iframe; the dashboard itself may not be framed.
      { source: "/((?!embed/).*)", headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy("'self'") }] },
      { source: "/embed/:path*", headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
      // HTTPS is terminated by the proxy in front; tell browsers to keep to it.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = nextConfig;
