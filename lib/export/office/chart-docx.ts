import "server-only";
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from "docx";
import type { ChartModel } from "@/lib/charts/model";
import { chartAltText, chartFooter, chartSourcesLine } from "@/lib/export/chart-caption";
import { getMessages } from "@/lib/i18n/messages";
import { withXmlSafeParts } from "./xml-safe-package";

/** Word's page text width for A4 with 2.5 cm margins, in CSS pixels (96 per inch). */
const TEXT_WIDTH_PX = 605;

/**
 * The chart for people who write reports in Word: the captioned picture's
 * chart, then its title, sources, notes, dates, licence and citation as real
 * Word text (styled as a caption), so it can be searched, edited and read aloud.
 */
export async function chartDocx(chart: ChartModel, picture: { png: Uint8Array; width: number; height: number }, accessed: string, url: string, locale: string): Promise<Uint8Array> {
  const t = getMessages(chart.locale);
  const scale = Math.min(1, TEXT_WIDTH_PX / picture.width);
  const caption = (text: string) => new Paragraph({ style: "Caption", children: [new TextRun(text)] });
  const document = new Document({
    title: chart.title,
    subject: chartSourcesLine(chart, t),
    creator: "Sitrep",
    keywords: [...(chart.keywords ?? []), "Sitrep", chart.id].join(", "),
    description: chart.subtitle,
    styles: { default: { document: { run: { font: "Noto Sans", language: { value: locale } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(chart.title)] }),
          new Paragraph({ children: [new TextRun({ text: chart.subtitle, italics: true })] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: "png",
                data: picture.png,
                transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
                altText: { title: chart.title, description: chartAltText(chart), name: chart.id },
              }),
            ],
          }),
          // The drawing's colours, keyed in text: the picture alone does not say which bar is whose.
          new Paragraph({
            style: "Caption",
            children: chart.series.flatMap((series, i) => [
              ...(i ? [new TextRun("   ")] : []),
              new TextRun({ text: "■ ", color: series.colour.replace("#", "") }),
              new TextRun(series.label),
            ]),
          }),
          ...chartFooter(chart, accessed, t, url).map(caption),
        ],
      },
    ],
  });
  return withXmlSafeParts(new Uint8Array(await Packer.toBuffer(document)));
}
