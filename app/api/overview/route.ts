import { z } from "zod";
import { getDb } from "@/lib/db";
import { cachedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { buildOverview } from "@/lib/queries/overview";
import { loadSnapshot } from "@/lib/queries/snapshot";

/** The read model of the overview page, so its live client part refreshes in one request. */
export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  return cachedJson(request, buildOverview(await loadSnapshot(await getDb())));
}
