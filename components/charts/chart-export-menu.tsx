"use client";
import type { MouseEvent, RefObject } from "react";
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
  /**
   * A file the server makes: a plain link without JavaScript; with it, the
   * page says the file is being prepared (the first one after a change takes
   * a few seconds), then saves it under the name the server gives.
   */
  const serverDownload = (label: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const href = event.currentTarget.href;
    run(async () => {
      setStatus(t.export.preparing(label));
      const response = await fetch(href);
      if (!response.ok) throw new Error((await response.json().catch(() => null))?.error ?? t.export.serverUnavailable);
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? href.split("/").pop() ?? "download";
      const blob = await response.blob();
      (await rasterize()).downloadBlob(blob, name);
      setStatus(t.export.prepared(label));
    });
  };
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
      {/* Documents and the CSV are made on the server (once per data version): plain links that work without scripts. */}
      <a className="button" href={serverFile("pdf")} download onClick={serverDownload(t.export.downloadPdf)}>
        {t.export.downloadPdf}
      </a>
      <a className="button" href={serverFile("pdf", "&paper=letter")} download onClick={serverDownload(t.export.downloadPdfLetter)}>
        {t.export.downloadPdfLetter}
      </a>
      <a className="button" href={serverFile("pptx")} download onClick={serverDownload(t.export.downloadPptx)}>
        {t.export.downloadPptx}
      </a>
      <a className="button" href={serverFile("docx")} download onClick={serverDownload(t.export.downloadDocx)}>
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
