import { z } from "zod";
import { figuresCsvChunks } from "@/lib/export/figures-csv";
import { jsonError, versionedJson, versionedStream } from "@/lib/http/cached-response";
import { decodeCursor, Limit, pageAfter, queryFingerprint } from "@/lib/http/paging";
import { parseQuery } from "@/lib/http/query-params";
import { claimsById, claimsByIdIndex } from "@/lib/queries/claims-by-id";
import { FigureFilters, filterParameters } from "@/lib/queries/figure-filters";
import { filterClaims, reportedClaimsOf } from "@/lib/queries/figures";
import { figureTag } from "@/lib/http/if-match";
import { readRoute } from "@/lib/http/read-route";
import { scopeOfList } from "@/lib/http/situation-query";
import { exportFileName } from "@/lib/export/file-name";
import { dataDateOf } from "@/lib/claims/data-date";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { createFigure } from "@/lib/write/figures";

const Query = FigureFilters.extend({
  format: z.enum(["json", "csv"]).default("json"),
  limit: Limit,
  cursor: z.string().optional(),
});

/**
 * Claims, filtered, a page at a time in id order ({figures, next}); the CSV
 * export carries every matching claim as sources said them, streamed.
 */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), Query, [...filterParameters, "format", "limit", "cursor"]);
  if (!query.ok) return query.response;
  const { format, limit, cursor, situation, ...filters } = query.value;
  const scope = await scopeOfList(situation);
  if (!scope.ok) return scope.response;
  const { snapshot } = scope;
  if (filters.location && !snapshot.locationsById.has(filters.location)) {
    return jsonError(400, `Unknown location '${filters.location}'`, { parameter: "location" });
  }
  if (filters.source && !snapshot.sourcesById.has(filters.source)) {
    return jsonError(400, `Unknown source '${filters.source}'`, { parameter: "source" });
  }
  if (format === "csv") {
    // Derived sums are computed, not claims of their own: the CSV carries only what sources said.
    return versionedStream(
      request,
      snapshot.version,
      "text/csv; charset=utf-8",
      () => figuresCsvChunks(reportedClaimsOf(filterClaims(snapshot, filters).filter((c) => c.kind === "reported")), (id) => snapshot.locationsById.get(id)?.name ?? id),
      { "Content-Disposition": `attachment; filename="${exportFileName({ situation, item: "figures", date: dataDateOf(snapshot.claims.map((c) => c.reportedAt)) ?? "undated", ext: "csv" })}"` },
    );
  }
  const fingerprint = queryFingerprint({ ...filters, situation });
  const after = cursor === undefined ? undefined : decodeCursor(cursor, fingerprint);
  if (after && "error" in after) return jsonError(400, `Invalid value for 'cursor': ${after.error}`, { parameter: "cursor" });
  return versionedJson(request, snapshot.version, () => {
    const { items, next } = pageAfter(filterClaims(snapshot, filters, claimsById(snapshot), claimsByIdIndex(snapshot)), after?.afterId, limit, fingerprint);
    return { figures: items, next };
  });
});

/** Adds a claim (editors): the record as GET returns it, with an optional `reason`. 201 with its address and ETag. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const body = await jsonBody(request);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new z.ZodError([{ code: "custom", path: [], message: "send one claim as a JSON object", input: body }]);
  const { result, figureVersion } = await createFigure(db, writer, body as Record<string, unknown>);
  const id = result.created[0]?.id ?? String((body as { id?: unknown }).id);
  return Response.json({ id, dataVersion: result.version, figureVersion }, { status: 201, headers: { Location: `/api/figures/${id}`, ETag: `"${figureTag(figureVersion)}"` } });
});
