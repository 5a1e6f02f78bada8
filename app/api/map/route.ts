import { z } from "zod";
import { mapPdf } from "@/lib/export/chart-files";
import { exportFileName } from "@/lib/export/file-name";
import { jsonError } from "@/lib/http/cached-response";
import { FILE_TYPES, versionedFile } from "@/lib/http/file-response";
import { parseQuery } from "@/lib/http/query-params";
import { readRoute } from "@/lib/http/read-route";
import { requestOrigin } from "@/lib/site-url";
import { getMessages } from "@/lib/i18n/messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { routing } from "@/lib/i18n/routing";
import { shadeIndicators } from "@/lib/map/map-model";
import { PrintUnavailableError } from "@/lib/print/headless";
import { mapModel } from "@/lib/queries/map";
import { currentSnapshot, perVersionInLocale } from "@/lib/queries/read-model";

const Query = z.object({
  format: z.enum(["pdf"]),
  indicator: z.enum(shadeIndicators).default("displaced"),
  paper: z.enum(["a4", "letter"]).default("a4"),
  lang: z.enum(routing.locales).default(routing.defaultLocale),
});

/** The map, shaded by one indicator, as a captioned vector PDF (A4 or Letter), made once per data version. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), Query, ["format", "indicator", "paper", "lang"]);
  if (!query.ok) return query.response;
  return inLocale(query.value.lang, () => mapFile(request, query.value));
});

/** The map's PDF in `lang`, the language every string of this work is in (lib/i18n/locale-scope.ts). */
async function mapFile(request: Request, { indicator, paper, lang }: z.infer<typeof Query>): Promise<Response> {
  const snapshot = await currentSnapshot();
  const model = perVersionInLocale(snapshot, "map", () => mapModel(snapshot));
  try {
    return await versionedFile(request, snapshot.version, {
      type: FILE_TYPES.pdf,
      name: exportFileName({ item: paper === "letter" ? `map-${indicator}-letter` : `map-${indicator}`, date: model.dataDate ?? "undated", ext: "pdf" }),
      bytes: () => mapPdf(snapshot.version, model, indicator, { paper, locale: lang, origin: requestOrigin(request) }),
    });
  } catch (error) {
    if (error instanceof PrintUnavailableError) return jsonError(503, getMessages().export.serverUnavailable, { detail: error.message });
    throw error;
  }
}
