/**
 * As the server starts: stamps each request with its connection's address
 * (lib/http/peer-address.ts), opens, migrates and (on first start) seeds the
 * database (lib/db/startup.ts), creates the first admin from ADMIN_EMAIL and
 * ADMIN_PASSWORD when there is none, builds the read model before saying it
 * is ready, and rebuilds it as soon as a write is known, so the next reader
 * waits as little as possible for it (lib/cache/README.md).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    (await import("@/lib/http/peer-address")).stampPeerAddresses();
    const [{ startDatabase }, { currentSnapshot }, { onNewDataVersion }, { prepareAccounts }] = await Promise.all([
      import("@/lib/db/startup"),
      import("@/lib/queries/read-model"),
      import("@/lib/data-version/known"),
      import("@/lib/auth/prepare-accounts"),
    ]);
    onNewDataVersion(() => void currentSnapshot().catch(() => {}));
    startDatabase(async () => {
      await prepareAccounts();
      await currentSnapshot();
    });
  }
}
