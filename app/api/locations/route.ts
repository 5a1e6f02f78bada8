import { z } from "zod";
import { getDb } from "@/lib/db";
import { cachedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { locationsToGeoJson } from "@/lib/export/locations-geojson";
import { loadSnapshot } from "@/lib/queries/snapshot";

export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const { locations } = await loadSnapshot(await getDb());
  return cachedResponse(request, JSON.stringify(locationsToGeoJson(locations)), "application/geo+json; charset=utf-8");
}
