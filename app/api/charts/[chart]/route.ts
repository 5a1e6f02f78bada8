import { z } from "zod";
import { buildChart } from "@/lib/charts";
import { chartIds, type ChartId } from "@/lib/charts/model";
import { chartToCsv } from "@/lib/export/chart-csv";
import { exportFileName } from "@/lib/export/file-name";
import { jsonError, versionedJson, versionedResponse } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { readRoute } from "@/lib/http/read-route";
import { situationOfRead } from "@/lib/http/situation-query";
import { requestOrigin } from "@/lib/site-url";
import { FILE_TYPES, versionedFile } from "@/lib/http/file-response";
import { chartFile } from "@/lib/export/chart-files";
import { PrintUnavailableError } from "@/lib/print/headless";
import { getMessages } from "@/lib/i18n/messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { routing } from "@/lib/i18n/routing";

const Query = z.object({
  format: z.enum(["json", "csv", "pdf", "pptx", "docx"]).default("json"),
  paper: z.enum(["a4", "letter"]).default("a4"),
  lang: z.enum(routing.locales).default(routing.defaultLocale),
  situation: z.string().optional(),
});

const isChartId = (value: string): value is ChartId => (chartIds as readonly string[]).includes(value);

/**
 * One chart's marks, each with its source and quote: JSON, or the CSV a
 * reader downloads from the chart (HXL row under the header, formula-safe),
 * or a report-ready file: `pdf` (vector, `paper=a4|letter`), `pptx` (a native
 * chart), `docx` (the chart with its caption as text); `lang` picks the words.
 */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ chart: string }> }) => {
  const { chart: id } = await params;
  const query = parseQuery(new URL(request.url), Query, ["format", "paper", "lang", "situation"]);
  if (!query.ok) return query.response;
  if (!isChartId(id)) return jsonError(404, `No chart with id '${id}'`, { id, charts: chartIds });
  return inLocale(query.value.lang, () => chartResponse(request, id, query.value));
});

/** The chart in the asked format and `lang`, the language every string of this work is in (lib/i18n/locale-scope.ts). */
async function chartResponse(request: Request, id: ChartId, { format, paper, lang, situation }: z.infer<typeof Query>): Promise<Response> {
  const scoped = await situationOfRead(situation);
  if (!scoped.ok) return scoped.response;
  const { snapshot } = scoped;
  const chart = buildChart(id, snapshot);
  if (format === "json") return versionedJson(request, snapshot.version, () => chart);
  if (format !== "csv") {
    try {
      return await versionedFile(request, snapshot.version, {
        type: FILE_TYPES[format],
        name: exportFileName({ situation: snapshot.situation.id, item: format === "pdf" && paper === "letter" ? `${chart.id}-letter` : chart.id, date: chart.dataDate ?? "undated", ext: format }),
        bytes: () => chartFile(snapshot.version, chart, format, { paper, locale: lang, origin: requestOrigin(request) }),
      });
    } catch (error) {
      if (error instanceof PrintUnavailableError) return jsonError(503, getMessages().export.serverUnavailable, { detail: error.message });
      throw error;
    }
  }
  const name = exportFileName({ situation: snapshot.situation.id, item: chart.id, date: chart.dataDate ?? "undated", ext: "csv" });
  return versionedResponse(request, snapshot.version, "text/csv; charset=utf-8", () => chartToCsv(chart), {
    "Content-Disposition": `attachment; filename="${name}"`,
  });
}
