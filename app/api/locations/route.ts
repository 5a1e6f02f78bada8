import { z } from "zod";
import { versionedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { locationsToGeoJson } from "@/lib/export/locations-geojson";
import { currentSnapshot } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const snapshot = await currentSnapshot();
  return versionedResponse(request, snapshot.version, "application/geo+json; charset=utf-8", () => JSON.stringify(locationsToGeoJson(snapshot.locations)));
});
