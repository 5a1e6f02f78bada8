import { z } from "zod";
import { getDb } from "@/lib/db";
import { exportFileName } from "@/lib/export/file-name";
import { figuresToCsv } from "@/lib/export/figures-csv";
import { jsonError, versionedJson, versionedResponse } from "@/lib/http/cached-response";
import { figureTag, figureVersionFromIfMatch } from "@/lib/http/if-match";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { FigurePatch, patchFigure } from "@/lib/write/figures";
import { parseQuery } from "@/lib/http/query-params";
import { figureDetail, reportedClaimsOf } from "@/lib/queries/figures";
import { currentSnapshot, perVersionInLocale } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";

const Query = z.object({ format: z.enum(["json", "csv"]).default("json") });

export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = parseQuery(new URL(request.url), Query, ["format"]);
  if (!query.ok) return query.response;
  const snapshot = await currentSnapshot();
  if (!snapshot.claimsById.has(id)) return jsonError(404, `No figure with id '${id}'`, { id });
  const db = await getDb();
  const detail = await perVersionInLocale(snapshot, `figure:${id}`, () => figureDetail(db, snapshot, id));
  if (!detail) return jsonError(404, `No figure with id '${id}'`, { id });
  if (query.value.format === "csv") {
    // The claim and every other claim about the same thing, as sources said them.
    const name = exportFileName({ item: `${id}-claims`, date: detail.latestReportedAt ?? "undated", ext: "csv" });
    return versionedResponse(
      request,
      snapshot.version,
      "text/csv; charset=utf-8",
      () => figuresToCsv(reportedClaimsOf([detail.claim, ...detail.competing, ...detail.history]), (l) => snapshot.locationsById.get(l)?.name ?? l),
      { "Content-Disposition": `attachment; filename="${name}"` },
    );
  }
  // Its own version leads the tag, so an edit's If-Match is stale only when this claim changed.
  return versionedJson(request, snapshot.version, () => detail, figureTag(snapshot.figureVersions.get(id) ?? 0));
});

/**
 * Revises a claim (editors): only the fields to change, and `reason`. If-Match
 * must carry the ETag GET gave (or "fig-N"): a claim changed since is a 409
 * with its current version, and nothing is written.
 */
export const PATCH = writeRoute("editor", async ({ db, writer }, request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const expected = figureVersionFromIfMatch(request.headers.get("if-match"));
  if (expected === null) {
    return Response.json({ error: "Send If-Match with the ETag GET /api/figures/:id gave, so a change made meanwhile is not lost." }, { status: 428 });
  }
  const patch = FigurePatch.parse(await jsonBody(request));
  const { result, figureVersion } = await patchFigure(db, writer, id, patch, expected === "any" ? null : expected);
  return Response.json(
    { id, dataVersion: result.version ?? null, figureVersion, changes: result.updated[0]?.changes ?? {} },
    { headers: { ETag: `"${figureTag(figureVersion)}"` } },
  );
});
