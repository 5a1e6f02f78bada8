import { z } from "zod";
import { versionedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { locationsToGeoJson } from "@/lib/export/locations-geojson";
import { currentSnapshot } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { createRecord, NewRecordRequest } from "@/lib/write/records";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const snapshot = await currentSnapshot();
  return versionedResponse(request, snapshot.version, "application/geo+json; charset=utf-8", () => JSON.stringify(locationsToGeoJson(snapshot.locations)));
});

/** Adds a place (a GeoJSON geometry in `geometry`) (editors): the record as GET returns it, with an optional `reason`. An id in use is a 409. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const { reason, ...record } = NewRecordRequest.parse(await jsonBody(request));
  const result = await createRecord(db, writer, "location", record, reason ?? "Added through the API");
  return Response.json({ id: record.id, dataVersion: result.version }, { status: 201 });
});
