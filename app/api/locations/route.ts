import { z } from "zod";
import { versionedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { locationsToGeoJson } from "@/lib/export/locations-geojson";
import { readRoute } from "@/lib/http/read-route";
import { scopeOfList } from "@/lib/http/situation-query";
import { Id } from "@/lib/model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { placesOfSituation } from "@/lib/situations/places";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { createRecord, NewRecordRequest } from "@/lib/write/records";

/** Every place as GeoJSON, or one situation's (`situation=`): the places it follows and those its claims and accounts name. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({ situation: Id.optional() }), ["situation"]);
  if (!query.ok) return query.response;
  const scope = await scopeOfList(query.value.situation);
  if (!scope.ok) return scope.response;
  const { snapshot } = scope;
  const places = "situation" in snapshot ? placesOfSituation(snapshot as SituationSnapshot) : snapshot.locations;
  return versionedResponse(request, snapshot.version, "application/geo+json; charset=utf-8", () => JSON.stringify(locationsToGeoJson(places)));
});

/** Adds a place (a GeoJSON geometry in `geometry`) (editors): the record as GET returns it, with an optional `reason`. An id in use is a 409. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const { reason, ...record } = NewRecordRequest.parse(await jsonBody(request));
  const result = await createRecord(db, writer, "location", record, reason ?? "Added through the API");
  return Response.json({ id: record.id, dataVersion: result.version }, { status: 201 });
});
