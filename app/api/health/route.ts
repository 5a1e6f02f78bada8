import { getDb, isDatabaseOpen } from "@/lib/db";
import { readDataVersion } from "@/lib/db/data-version";
import { RETRY_AFTER_SECONDS } from "@/lib/db/readiness";

const noStore = { "Cache-Control": "no-store" };

function unavailable(status: string, detail: string): Response {
  return Response.json({ status, detail }, { status: 503, headers: { ...noStore, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}

/**
 * For supervisors and load balancers: 200 with the data version once the
 * database is open, seeded and answering; 503 with Retry-After before that
 * or when it stops answering. It never waits for the database to open.
 */
export async function GET() {
  if (!isDatabaseOpen()) {
    // Start opening it if nothing has yet (a process without the start-up hook); answer now either way.
    getDb().catch(() => {});
    return unavailable("starting", "The database is opening; ask again shortly.");
  }
  try {
    const version = await readDataVersion(await getDb());
    return Response.json({ status: "ok", version }, { headers: noStore });
  } catch {
    return unavailable("unavailable", "The database does not answer.");
  }
}
