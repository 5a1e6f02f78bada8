/**
 * As the server starts: opens, migrates and (on first start) seeds the
 * database (lib/db/startup.ts), builds the read model before saying it is
 * ready, and rebuilds it as soon as a write is known, so the next reader
 * waits as little as possible for it (lib/cache/README.md).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ startDatabase }, { currentSnapshot }, { onNewDataVersion }] = await Promise.all([
      import("@/lib/db/startup"),
      import("@/lib/queries/read-model"),
      import("@/lib/data-version/known"),
    ]);
    onNewDataVersion(() => void currentSnapshot().catch(() => {}));
    startDatabase(currentSnapshot);
  }
}
