import type { ChartId } from "@/lib/model";

/** The files a situation's brief links to, made on the server: its PDF, its chart's and its map's. */
export function briefFileLinks(situationId: string, locale: string, chartId?: ChartId) {
  const query = (params: Record<string, string>) => new URLSearchParams({ situation: situationId, ...params }).toString();
  return {
    pdf: `/summary.pdf?${query({ lang: locale })}`,
    chart: chartId && {
      pdf: `/api/charts/${chartId}?${query({ format: "pdf", lang: locale })}`,
      pptx: `/api/charts/${chartId}?${query({ format: "pptx", lang: locale })}`,
      docx: `/api/charts/${chartId}?${query({ format: "docx", lang: locale })}`,
      csv: `/api/charts/${chartId}?${query({ format: "csv" })}`,
    },
    mapPdf: `/api/map?${query({ format: "pdf", lang: locale })}`,
    mapPdfLetter: `/api/map?${query({ format: "pdf", paper: "letter", lang: locale })}`,
  };
}
