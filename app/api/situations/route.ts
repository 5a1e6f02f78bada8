import { z } from "zod";
import { versionedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { readRoute } from "@/lib/http/read-route";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { currentSituations } from "@/lib/queries/situation-model";
import { situationListings } from "@/lib/situations/situation-list";
import { knownDataVersion } from "@/lib/data-version/known";
import { createRecord, NewRecordRequest } from "@/lib/write/records";
import { situationTag } from "@/lib/write/situations";

/** Every situation, active first, each with its period, data date and headline figures (each a claim with its source). */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const situations = await situationListings();
  return versionedJson(request, knownDataVersion(), () => ({ situations }));
});

/** Opens a situation (admins): the record (lib/model/situation.ts) with an optional `reason`. An id in use is a 409. */
export const POST = writeRoute("admin", async ({ db, writer }, request: Request) => {
  const { reason, ...record } = NewRecordRequest.parse(await jsonBody(request));
  const result = await createRecord(db, writer, "situation", record, reason ?? "Opened through the API");
  const created = (await currentSituations()).find((s) => s.id === String(record.id));
  return Response.json(
    { id: record.id, dataVersion: result.version },
    { status: 201, headers: { Location: `/api/situations/${record.id}`, ...(created ? { ETag: `"${situationTag(created)}"` } : {}) } },
  );
});
