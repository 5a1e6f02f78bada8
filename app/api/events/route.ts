import { z } from "zod";
import { jsonError, versionedJson } from "@/lib/http/cached-response";
import { decodeCursor, Limit, pageAfter, queryFingerprint } from "@/lib/http/paging";
import { parseQuery } from "@/lib/http/query-params";
import { EventKind, Id } from "@/lib/model";
import { eventsById } from "@/lib/queries/claims-by-id";
import { readRoute } from "@/lib/http/read-route";
import { scopeOfList } from "@/lib/http/situation-query";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { createRecord, NewRecordRequest } from "@/lib/write/records";

const Query = z.object({ kind: EventKind.optional(), location: Id.optional(), situation: Id.optional(), limit: Limit, cursor: z.string().optional() });

/** Events, filtered, a page at a time in id order ({events, next}); each carries its date or stated order. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), Query, ["kind", "location", "situation", "limit", "cursor"]);
  if (!query.ok) return query.response;
  const { kind, location, situation, limit, cursor } = query.value;
  const scope = await scopeOfList(situation);
  if (!scope.ok) return scope.response;
  const { snapshot } = scope;
  if (location && !snapshot.locationsById.has(location)) {
    return jsonError(400, `Unknown location '${location}'`, { parameter: "location" });
  }
  const fingerprint = queryFingerprint({ kind, location, situation });
  const after = cursor === undefined ? undefined : decodeCursor(cursor, fingerprint);
  if (after && "error" in after) return jsonError(400, `Invalid value for 'cursor': ${after.error}`, { parameter: "cursor" });
  return versionedJson(request, snapshot.version, () => {
    const matching = eventsById(snapshot).filter((e) => (!kind || e.kind === kind) && (!location || e.locationIds.includes(location)));
    const { items, next } = pageAfter(matching, after?.afterId, limit, fingerprint);
    return { events: items, next };
  });
});

/** Adds a event (editors): the record as GET returns it, with an optional `reason`. An id in use is a 409. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const { reason, ...record } = NewRecordRequest.parse(await jsonBody(request));
  const result = await createRecord(db, writer, "event", record, reason ?? "Added through the API");
  return Response.json({ id: record.id, dataVersion: result.version }, { status: 201 });
});
