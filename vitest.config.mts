import path from "node:path";
import { defineConfig } from "vitest/config";

// Route handlers are tested by calling them: "server-only" (which throws outside React's server build) is empty here, as there.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts") };

// API tests run against a fresh embedded PGlite per file, and again against a
// real PostgreSQL server when TEST_DATABASE_URL is set (CI sets it).
const apiProjects = [
  { name: "api-pglite", env: { SITREP_TEST_DB: "pglite" } },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "api-postgres", env: { SITREP_TEST_DB: "postgres" } }] : []),
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node" } },
      ...apiProjects.map(({ name, env }) => ({
        resolve: { alias },
        test: {
          name,
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          env,
          setupFiles: ["tests/api/setup-database.ts"],
          // next-intl imports "next/server" as ESM without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-intl"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
