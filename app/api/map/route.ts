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
import { indicators } from "@/lib/model";
import { situationOfRead } from "@/lib/http/situation-query";
import { shadeIndicatorsOf } from "@/lib/queries/map";
import { contextShapesOf } from "@/lib/map/context-layers";
import { PrintUnavailableError } from "@/lib/print/headless";
import { mapModel } from "@/lib/queries/map";
import { perVersionInLocale } from "@/lib/queries/read-model";

const Query = z.object({
  format: z.enum(["pdf"]),
  indicator: z.enum(indicators).optional(),
  paper: z.enum(["a4", "letter"]).default("a4"),
  lang: z.enum(routing.locales).default(routing.defaultLocale),
  situation: z.string().optional(),
});

/** A situation's map, shaded by one of its indicators (its first by default), as a captioned vector PDF (A4 or Letter), made once per data version. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), Query, ["format", "indicator", "paper", "lang", "situation"]);
  if (!query.ok) return query.response;
  return inLocale(query.value.lang, () => mapFile(request, query.value));
});

/** The map's PDF in `lang`, the language every string of this work is in (lib/i18n/locale-scope.ts). */
async function mapFile(request: Request, { indicator: asked, paper, lang, situation }: z.infer<typeof Query>): Promise<Response> {
  const scoped = await situationOfRead(situation);
  if (!scoped.ok) return scoped.response;
  const { snapshot } = scoped;
  const offered = shadeIndicatorsOf(snapshot.situation);
  if (asked && !offered.includes(asked)) return jsonError(400, `Invalid value for 'indicator': this situation's map shades by ${offered.join(", ") || "nothing"}`, { parameter: "indicator", offered });
  const indicator = asked ?? offered[0];
  const model = perVersionInLocale(snapshot, "map", () => mapModel(snapshot));
  const item = indicator ? `map-${indicator}` : "map";
  try {
    return await versionedFile(request, snapshot.version, {
      type: FILE_TYPES.pdf,
      name: exportFileName({ situation: snapshot.situation.id, item: paper === "letter" ? `${item}-letter` : item, date: model.dataDate ?? "undated", ext: "pdf" }),
      bytes: () => mapPdf(snapshot.version, model, indicator, contextShapesOf(model), { paper, locale: lang, origin: requestOrigin(request) }),
    });
  } catch (error) {
    if (error instanceof PrintUnavailableError) return jsonError(503, getMessages().export.serverUnavailable, { detail: error.message });
    throw error;
  }
}
