import { z } from "zod";
import { getDb } from "@/lib/db";
import { figuresToCsv } from "@/lib/export/figures-csv";
import { cachedJson, cachedResponse, jsonError } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { FigureFilters, filterParameters } from "@/lib/queries/figure-filters";
import { filterClaims, reportedClaimsOf } from "@/lib/queries/figures";
import { loadSnapshot } from "@/lib/queries/snapshot";

const Query = FigureFilters.extend({ format: z.enum(["json", "csv"]).default("json") });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = parseQuery(url, Query, [...filterParameters, "format"]);
  if (!query.ok) return query.response;
  const { format, ...filters } = query.value;
  const snapshot = await loadSnapshot(await getDb());
  if (filters.location && !snapshot.locationsById.has(filters.location)) {
    return jsonError(400, `Unknown location '${filters.location}'`, { parameter: "location" });
  }
  if (filters.source && !snapshot.sourcesById.has(filters.source)) {
    return jsonError(400, `Unknown source '${filters.source}'`, { parameter: "source" });
  }
  const claims = filterClaims(snapshot, filters);
  if (format === "csv") {
    // Derived sums are computed, not claims of their own: the CSV carries only what sources said.
    const reported = reportedClaimsOf(claims.filter((c) => c.kind === "reported"));
    const csv = figuresToCsv(reported, (id) => snapshot.locationsById.get(id)?.name ?? id);
    return cachedResponse(request, csv, "text/csv; charset=utf-8", {
      "Content-Disposition": 'attachment; filename="sitrep-aleppo-figures.csv"',
    });
  }
  return cachedJson(request, { figures: claims });
}
