import { knownDataVersion } from "@/lib/data-version/known";
import { readDataVersion } from "@/lib/data-version/store";
import { getDb, isDatabaseOpen } from "@/lib/db";
import { isDatabaseReady, RETRY_AFTER_SECONDS } from "@/lib/db/readiness";
import { matchesIfNoneMatch } from "@/lib/http/cached-response";

const LIVENESS_MS = 2000;
let lastCheck: { at: number; ok: Promise<boolean> } | undefined;

/** Whether the database answers, asked at most every two seconds however often pages and balancers poll. */
function databaseAnswers(): Promise<boolean> {
  if (!lastCheck || Date.now() - lastCheck.at > LIVENESS_MS) {
    lastCheck = { at: Date.now(), ok: getDb().then(readDataVersion).then(() => true, () => false) };
  }
  return lastCheck.ok;
}

function unavailable(status: string, detail: string): Response {
  return Response.json({ status, detail }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } });
}

/**
 * For supervisors, load balancers and open pages: 200 with the data version
 * once the database is open, seeded and answering (a 304 while the version
 * stands); 503 with Retry-After before that or when it stops answering. It
 * never waits for the database to open.
 */
export async function GET(request: Request) {
  if (!isDatabaseOpen()) {
    // Start opening it if nothing has yet (a process without the start-up hook); answer now either way.
    getDb().catch(() => {});
    return unavailable("starting", "The database is opening; ask again shortly.");
  }
  if (!isDatabaseReady()) return unavailable("starting", "The read model is being built; ask again shortly.");
  if (!(await databaseAnswers())) return unavailable("unavailable", "The database does not answer.");
  const version = knownDataVersion();
  const etag = `"health-v${version}"`;
  const headers = { "Cache-Control": "no-cache", ETag: etag };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return Response.json({ status: "ok", version }, { headers });
}
