import { z } from "zod";
import { getDb } from "@/lib/db";
import { exportFileName } from "@/lib/export/file-name";
import { figuresToCsv } from "@/lib/export/figures-csv";
import { cachedJson, cachedResponse, jsonError } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { figureDetail, reportedClaimsOf } from "@/lib/queries/figures";
import { loadSnapshot } from "@/lib/queries/snapshot";

const Query = z.object({ format: z.enum(["json", "csv"]).default("json") });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = parseQuery(new URL(request.url), Query, ["format"]);
  if (!query.ok) return query.response;
  const db = await getDb();
  const snapshot = await loadSnapshot(db);
  const detail = await figureDetail(db, snapshot, id);
  if (!detail) return jsonError(404, `No figure with id '${id}'`, { id });
  if (query.value.format === "csv") {
    // The claim and every other claim about the same thing, as sources said them.
    const claims = reportedClaimsOf([detail.claim, ...detail.competing, ...detail.history]);
    const csv = figuresToCsv(claims, (l) => snapshot.locationsById.get(l)?.name ?? l);
    const name = exportFileName({ item: `${id}-claims`, date: detail.latestReportedAt ?? "undated", ext: "csv" });
    return cachedResponse(request, csv, "text/csv; charset=utf-8", { "Content-Disposition": `attachment; filename="${name}"` });
  }
  return cachedJson(request, detail);
}
