"use client";
import type { RefObject } from "react";
import { useActionStatus } from "@/lib/hooks/use-action-status";
import type { DrawnChart } from "@/lib/charts/model";
import { chartCitation } from "@/lib/export/chart-caption";
import { exportFileName } from "@/lib/export/file-name";
import { useLocale } from "@/lib/i18n/navigation";
import { todayIso as today } from "@/lib/format/dates";
import { xmlSafeText } from "@/lib/model/text-safety";
import { useMessages } from "@/lib/i18n/use-messages";
import styles from "./chart-figure.module.css";

/** Reads the SVG that Recharts drew; the export modules do the rest. */
function drawnSvg(container: HTMLElement | null): { svg: string; width: number; height: number } | null {
  const svg = container?.querySelector<SVGSVGElement>(".recharts-wrapper > svg");
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  // Data stored before control characters were refused must not make the file ill-formed XML.
  return { svg: xmlSafeText(svg.outerHTML), width: Math.round(box.width), height: Math.round(box.height) };
}

export function ChartExportMenu({ chart, drawingRef, ready }: { chart: DrawnChart; drawingRef: RefObject<HTMLDivElement | null>; ready: boolean }) {
  const t = useMessages();
  const locale = useLocale();
  const { status, setStatus, run } = useActionStatus();
  const situation = chart.situationId;
  const serverFile = (format: string, extra = "") => `/api/charts/${chart.id}?format=${format}&lang=${locale}${situation ? `&situation=${situation}` : ""}${extra}`;
  const fileName = (ext: string, item: string = chart.id) => exportFileName({ situation, item, date: chart.dataDate ?? "undated", ext });
  const embedAddress = () => `${window.location.origin}/${locale}/embed/${situation}/charts/${chart.id}`;

  // The export code loads when a reader asks for an export, not with the page.
  const rasterize = () => import("@/lib/export/rasterize");
  const svgFile = async (): Promise<string> => {
    const drawn = drawnSvg(drawingRef.current);
    if (!drawn) throw new Error(t.export.notDrawn);
    const [{ captionedChartSvg }, { embeddedFontCss }] = await Promise.all([import("@/lib/export/captioned-chart-svg"), rasterize()]);
    return captionedChartSvg(chart, drawn, today(), t, await embeddedFontCss(), embedAddress());
  };
  const downloadPng = async () => {
    const { downloadBlob, svgToPng } = await rasterize();
    downloadBlob(await svgToPng(await svgFile(), 2), fileName("png"));
  };
  const downloadPrintPng = async () => {
    const { downloadBlob, svgToPrintPng } = await rasterize();
    downloadBlob(await svgToPrintPng(await svgFile()), fileName("png", `${chart.id}-print`));
  };
  const downloadSvg = async () => (await rasterize()).downloadBlob(new Blob([await svgFile()], { type: "image/svg+xml" }), fileName("svg"));
  const copyCitation = async () => {
    await navigator.clipboard.writeText(chartCitation(chart, today(), t, embedAddress()));
    setStatus(t.export.copied);
  };

  return (
    <div className={`${styles.exportMenu} screen-only`} role="group" aria-label={t.export.menuLabel(chart.title)}>
      <button type="button" className="button needs-js" disabled={!ready} onClick={() => run(downloadPng)}>
        {t.export.downloadPng}
      </button>
      <button type="button" className="button needs-js" disabled={!ready} onClick={() => run(downloadSvg)}>
        {t.export.downloadSvg}
      </button>
      <button type="button" className="button needs-js" disabled={!ready} onClick={() => run(downloadPrintPng)}>
        {t.export.downloadPrintPng}
      </button>
      {/* Documents and the CSV are made on the server (once per data version), so these are plain links that work without scripts. */}
      <a className="button" href={serverFile("pdf")} download>
        {t.export.downloadPdf}
      </a>
      <a className="button" href={serverFile("pdf", "&paper=letter")} download>
        {t.export.downloadPdfLetter}
      </a>
      <a className="button" href={serverFile("pptx")} download>
        {t.export.downloadPptx}
      </a>
      <a className="button" href={serverFile("docx")} download>
        {t.export.downloadDocx}
      </a>
      <a className="button" href={`/api/charts/${chart.id}?format=csv${situation ? `&situation=${situation}` : ""}`} download>
        {t.export.downloadCsv}
      </a>
      <button type="button" className="button needs-js" disabled={!ready} onClick={() => run(copyCitation)}>
        {t.export.copyCitation}
      </button>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}
