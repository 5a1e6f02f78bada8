"use client";
import { NewSince } from "@/components/live/new-since";
import { Link } from "@/lib/i18n/navigation";
import { useRef, useState } from "react";
import type { DrawnChart } from "@/lib/charts/model";
import { chartSourcesLine } from "@/lib/export/chart-caption";
import { formatDate } from "@/lib/format/dates";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useNearViewport } from "@/lib/hooks/use-near-viewport";
import { useMessages } from "@/lib/i18n/use-messages";
import { ChartDrawing } from "./chart-drawing";
import { ChartExportMenu } from "./chart-export-menu";
import { ChartTable } from "./chart-table";
import styles from "./chart-figure.module.css";

/**
 * A captioned chart: title, subtitle, the chart or its table, and a caption
 * saying who counted, what the symbols mean and when. Without JavaScript the
 * table shows, so the figures read everywhere.
 */
export function CaptionedChart({ chart, headingLevel, staticSvg }: { chart: DrawnChart; headingLevel: 1 | 2 | 3; staticSvg?: string }) {
  const t = useMessages();
  const [view, setView] = useState<"chart" | "table">("chart");
  const hydrated = useHydrated();
  const drawingRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(drawingRef);
  const interactive = hydrated && near;
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1];
  const titleId = `chart-${chart.id}-title`;
  const ids = [...new Set(chart.marks.map((m) => m.source.id))];
  const drawingClass = chart.kind === "timeline" ? styles.drawingTall : styles.drawing;

  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-chart={chart.id}>
      <div className={styles.header}>
        <div>
          <Heading id={titleId} className={styles.title}>
            {chart.title} <NewSince changedIn={chart.changedIn ?? 0} />
          </Heading>
          <p className={styles.subtitle}>{chart.subtitle}</p>
        </div>
        {/* Drawn from the first paint, so nothing moves when scripts arrive; hidden without JavaScript. */}
        <div className={`${styles.viewSwitch} needs-js screen-only`} role="group" aria-label={t.export.viewLabel}>
          <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")} disabled={!hydrated}>
            {t.export.chart}
          </button>
          <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")} disabled={!hydrated}>
            {t.export.table}
          </button>
        </div>
      </div>
      {view === "table" ? (
        <ChartTable chart={chart} />
      ) : (
        // The chart's own height is kept from the start. The server's drawing shows first (and in print, and
        // without JavaScript); the interactive chart replaces it when the reader scrolls near.
        // Paper always gets the server's drawing: it is the whole chart at any page width.
        <div ref={drawingRef} className={staticSvg ? drawingClass : `${drawingClass} needs-js`} data-drawn={interactive ? "interactive" : "static"}>
          {interactive && (
            <div className={styles.interactive}>
              <ChartDrawing chart={chart} />
            </div>
          )}
          {staticSvg && <div className={interactive ? `${styles.static} ${styles.printOnly}` : styles.static} dangerouslySetInnerHTML={{ __html: staticSvg }} />}
        </div>
      )}
      <noscript>
        <ChartTable chart={chart} />
      </noscript>
      <figcaption className={styles.caption}>
        <p>
          {ids.length ? <Link href={`/figures/selection?ids=${ids.join(",")}`}>{chartSourcesLine(chart, t)}</Link> : chartSourcesLine(chart, t)}
        </p>
        {chart.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p>
          {chart.dataDate && t.charts.dataAsOf(formatDate(chart.dataDate, chart.locale))}. {chart.licence}
        </p>
      </figcaption>
      <ChartExportMenu chart={chart} drawingRef={drawingRef} ready={hydrated} />
    </figure>
  );
}
