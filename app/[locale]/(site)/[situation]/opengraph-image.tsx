import { ImageResponse } from "next/og";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { currentSituationSnapshot } from "@/lib/queries/situation-model";
import { cardTitle } from "@/lib/format/card-texts";
import { buildSummary } from "@/lib/summary/build-summary";
import { knownDataVersion } from "@/lib/data-version/known";
import { PrintUnavailableError } from "@/lib/print/headless";
import { previewPng } from "@/lib/print/preview-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = getMessages().summary.ogAlt(getMessages().app.tagline);
// Drawn from the data as it is now, once per data version (below), never at build time.
export const dynamic = "force-dynamic";

/**
 * One image per data version, named by it (/en/opengraph-image/v12): chat apps
 * keep a preview by its address, so a write must give the preview a new one.
 * An older version's address is a 404: the page always names the current one.
 */
export function generateImageMetadata() {
  // The version this process knows, not a database read: Next also calls this while building, when there is
  // no database to open (opening one there left a locked .data behind, and `npm start` then refused it).
  return [{ id: `v${knownDataVersion()}`, size, contentType, alt }];
}

/** The link preview a chat or social post shows: the headline figures, their sources and the data date. */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; situation: string }> }) {
  const { locale: asked, situation } = await params;
  const locale: Locale = isLocale(asked) ? asked : "en";
  return inLocale(locale, async () => {
    const snapshot = await currentSituationSnapshot(situation);
    if (!snapshot) return new Response("Not found", { status: 404 });
    const png = await perVersionInLocale(snapshot, "og-image", () => (locale === "ar" ? drawArabicPreview(snapshot) : drawPreview(snapshot)));
    return new Response(png as BodyInit, { headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300" } });
  });
}

/**
 * Arabic is drawn by the headless Chromium that prints the PDFs: the image
 * renderer (Satori) neither joins Arabic letters nor lays out right to left.
 * Without a browser on the server, the English preview stands in: broken
 * letters would be worse.
 */
async function drawArabicPreview(snapshot: Parameters<typeof buildSummary>[0]): Promise<ArrayBuffer | Uint8Array> {
  const t = getMessages();
  const summary = perVersionInLocale(snapshot, "summary", () => buildSummary(snapshot));
  try {
    return await previewPng({
      dir: "rtl",
      lang: "ar",
      kicker: `${t.app.name} · ${t.summary.pageTitle}`,
      title: summary.title,
      figures: summary.figures.map((figure) => ({ what: cardTitle(figure), value: figure.headline.valueText, source: figure.headline.sourceShort })),
      dataDate: summary.dataDate ? t.summary.dataAsOf(formatDate(summary.dataDate)) : "",
    });
  } catch (error) {
    if (!(error instanceof PrintUnavailableError)) throw error;
    return inLocale("en", () => drawPreview(snapshot));
  }
}

async function drawPreview(snapshot: Parameters<typeof buildSummary>[0]): Promise<ArrayBuffer> {
  const t = getMessages();
  const summary = perVersionInLocale(snapshot, "summary", () => buildSummary(snapshot));
  const image = new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 56, background: "#ffffff", color: "#1b1f24", fontFamily: "sans-serif" }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0b5cab" }}>{`${t.app.name} · ${t.summary.pageTitle}`}</div>
        <div style={{ display: "flex", fontSize: 44, fontWeight: 700, marginTop: 12 }}>{summary.title}</div>
        <div style={{ display: "flex", marginTop: 40, gap: 28 }}>
          {summary.figures.map((figure) => (
            <div key={figure.key} style={{ display: "flex", flexDirection: "column", flex: 1, borderTop: "8px solid #1b1f24", paddingTop: 16 }}>
              <div style={{ display: "flex", fontSize: 28, color: "#4a5360" }}>{cardTitle(figure)}</div>
              <div style={{ display: "flex", fontSize: 56, fontWeight: 700, marginTop: 8 }}>{figure.headline.valueText}</div>
              <div style={{ display: "flex", fontSize: 24, marginTop: 8, color: "#4a5360" }}>{figure.headline.sourceShort}</div>
            </div>
          ))}
        </div>
        <div style={{ display: "flex", marginTop: "auto", fontSize: 26, color: "#4a5360" }}>
          {summary.dataDate ? t.summary.dataAsOf(formatDate(summary.dataDate)) : ""}
        </div>
      </div>
    ),
    size,
  );
  return image.arrayBuffer();
}
