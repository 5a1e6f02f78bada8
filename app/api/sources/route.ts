import { getDb } from "@/lib/db";
import { cachedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { loadSnapshot } from "@/lib/queries/snapshot";
import { z } from "zod";

export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const { sources } = await loadSnapshot(await getDb());
  return cachedJson(request, { sources });
}
