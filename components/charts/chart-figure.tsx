"use client";
import { Link } from "@/lib/i18n/navigation";
import { useRef, useState } from "react";
import type { ChartModel } from "@/lib/charts/model";
import { chartSourcesLine } from "@/lib/export/chart-caption";
import { formatDate } from "@/lib/format/dates";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { getMessages } from "@/lib/i18n/messages";
import { ChartDrawing } from "./chart-drawing";
import { ChartExportMenu } from "./chart-export-menu";
import { ChartTable } from "./chart-table";
import styles from "./chart-figure.module.css";

/**
 * A captioned chart: title, subtitle, the chart or its table, and a caption
 * saying who counted, what the symbols mean and when. Without JavaScript the
 * table shows, so the figures read everywhere.
 */
export function ChartFigure({ chart, headingLevel = 3 }: { chart: ChartModel; headingLevel?: 1 | 2 | 3 }) {
  const t = getMessages();
  const [view, setView] = useState<"chart" | "table">("chart");
  const hydrated = useHydrated();
  const drawingRef = useRef<HTMLDivElement>(null);
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1];
  const titleId = `chart-${chart.id}-title`;
  const ids = [...new Set(chart.marks.map((m) => m.source.id))];

  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-chart={chart.id}>
      <div className={styles.header}>
        <div>
          <Heading id={titleId} className={styles.title}>
            {chart.title}
          </Heading>
          <p className={styles.subtitle}>{chart.subtitle}</p>
        </div>
        {hydrated && (
          <div className={styles.viewSwitch} role="group" aria-label={t.export.viewLabel}>
            <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              {t.export.chart}
            </button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              {t.export.table}
            </button>
          </div>
        )}
      </div>
      <div ref={drawingRef} className={styles.drawing}>
        {hydrated && view === "chart" ? <ChartDrawing chart={chart} /> : <ChartTable chart={chart} />}
      </div>
      <figcaption className={styles.caption}>
        <p>
          {ids.length ? <Link href={`/figures/selection?ids=${ids.join(",")}`}>{chartSourcesLine(chart)}</Link> : chartSourcesLine(chart)}
        </p>
        {chart.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p>
          {chart.dataDate && t.charts.dataAsOf(formatDate(chart.dataDate))}. {chart.licence}
        </p>
      </figcaption>
      {hydrated && <ChartExportMenu chart={chart} drawingRef={drawingRef} />}
    </figure>
  );
}
