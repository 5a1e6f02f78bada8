/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files: load it from node_modules as is.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Typecheck and lint run as their own steps (npm run typecheck / lint), as in CI.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
