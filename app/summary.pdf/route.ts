import { FILE_TYPES, versionedFile } from "@/lib/http/file-response";
import { readRoute } from "@/lib/http/read-route";
import { getMessages } from "@/lib/i18n/messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { situationOfRead } from "@/lib/http/situation-query";
import { situationKeywords } from "@/lib/situations/texts";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { buildSummary } from "@/lib/summary/build-summary";
import { PrintUnavailableError } from "@/lib/print/headless";
import { summaryPdf } from "@/lib/summary/summary-pdf";
import { formatDate } from "@/lib/format/dates";
import { exportFileName } from "@/lib/export/file-name";
import { requestOrigin } from "@/lib/site-url";

/**
 * A situation's brief as a PDF (?lang=en&situation=…, the default situation
 * without it), printed from the page once per data version: the ETag is the
 * version's, so a repeat download is a 304.
 */
export const GET = readRoute(async (request: Request) => {
  // Read leniently, as before situations: a link in a forwarded report may carry other parameters.
  const params = new URL(request.url).searchParams;
  const lang = params.get("lang") ?? "en";
  if (!isLocale(lang)) return Response.json({ error: `Unknown language '${lang}'.`, parameter: "lang" }, { status: 400 });
  return inLocale(lang, () => briefPdf(request, lang, params.get("situation") ?? undefined));
});

/** The brief's PDF in `lang`, the language every string of this work is in (lib/i18n/locale-scope.ts). */
async function briefPdf(request: Request, lang: Locale, situation: string | undefined): Promise<Response> {
  const t = getMessages();
  const scoped = await situationOfRead(situation);
  if (!scoped.ok) return scoped.response;
  const { snapshot } = scoped;
  const summary = perVersionInLocale(snapshot, "summary", () => buildSummary(snapshot));
  const dateText = summary.dataDate ? formatDate(summary.dataDate) : "";
  try {
    return await versionedFile(request, snapshot.version, {
      type: FILE_TYPES.pdf,
      name: exportFileName({ situation: snapshot.situation.id, item: "summary", date: summary.dataDate ?? "undated", ext: "pdf" }),
      bytes: () =>
        summaryPdf({
          version: snapshot.version,
          situationId: snapshot.situation.id,
          locale: lang,
          title: t.summary.title(summary.title),
          subject: t.summary.pdfSubject(summary.area, dateText),
          keywords: [...situationKeywords(snapshot), ...t.summary.pdfKeywords.split(", ")],
          origin: requestOrigin(request),
          footer: `${t.app.name} · ${t.summary.pageTitle} · ${t.summary.dataAsOf(dateText)}`,
        }),
    });
  } catch (error) {
    if (error instanceof PrintUnavailableError) return Response.json({ error: t.summary.pdfUnavailable, detail: error.message }, { status: 503 });
    throw error;
  }
}
