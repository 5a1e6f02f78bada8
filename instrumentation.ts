/**
 * As the server starts: stamps each request with its connection's address
 * (lib/http/peer-address.ts), opens, migrates and (on first start) seeds the
 * database (lib/db/startup.ts), creates the first admin from ADMIN_EMAIL and
 * ADMIN_PASSWORD when there is none, builds the default situation's read
 * model before saying it is ready, and brings the models it keeps up to date
 * as soon as a write is known, so the next reader waits as little as
 * possible (lib/cache/README.md). Other situations, and the whole-database
 * model the global lists read, are built when first asked for. Once the
 * database is ready, alerts are decided and delivered in this process
 * (lib/alerts/alert-loop.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    (await import("@/lib/http/peer-address")).stampPeerAddresses();
    const [{ startDatabase }, { refreshWholeModelIfKept }, { refreshKeptSituationModels, situationModelFor }, { onNewDataVersion }, { prepareAccounts }] = await Promise.all([
      import("@/lib/db/startup"),
      import("@/lib/queries/read-model"),
      import("@/lib/queries/situation-model"),
      import("@/lib/data-version/known"),
      import("@/lib/auth/prepare-accounts"),
    ]);
    onNewDataVersion(() => {
      refreshKeptSituationModels();
      refreshWholeModelIfKept();
    });
    startDatabase(async () => {
      await prepareAccounts();
      await situationModelFor(undefined);
      (await import("@/lib/alerts/alert-loop")).startAlertLoop();
    });
  }
}
