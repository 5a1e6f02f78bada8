import { z } from "zod";
import { buildChart } from "@/lib/charts";
import { chartIds, type ChartId } from "@/lib/charts/model";
import { chartToCsv } from "@/lib/export/chart-csv";
import { exportFileName } from "@/lib/export/file-name";
import { todayIso } from "@/lib/format/dates";
import { jsonError, versionedJson, versionedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { readRoute } from "@/lib/http/read-route";
import { currentSnapshot, perVersion } from "@/lib/queries/read-model";

const Query = z.object({ format: z.enum(["json", "csv"]).default("json") });

const isChartId = (value: string): value is ChartId => (chartIds as readonly string[]).includes(value);

/**
 * One chart's marks, each with its source and quote: JSON, or the CSV a
 * reader downloads from the chart (HXL row under the header, formula-safe).
 */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ chart: string }> }) => {
  const { chart: id } = await params;
  const query = parseQuery(new URL(request.url), Query, ["format"]);
  if (!query.ok) return query.response;
  if (!isChartId(id)) return jsonError(404, `No chart with id '${id}'`, { id, charts: chartIds });
  const snapshot = await currentSnapshot();
  const chart = perVersion(snapshot, `chart:${id}`, () => buildChart(id, snapshot));
  if (query.value.format === "json") return versionedJson(request, snapshot.version, () => chart);
  const name = exportFileName({ item: chart.id, date: chart.dataDate ?? todayIso(), ext: "csv" });
  return versionedResponse(request, snapshot.version, "text/csv; charset=utf-8", () => chartToCsv(chart), {
    "Content-Disposition": `attachment; filename="${name}"`,
  });
});
