"use client";
import dynamic from "next/dynamic";
import type { DrawnChart } from "@/lib/charts/model";
import styles from "./chart-figure.module.css";

// Recharts is loaded only when a chart is drawn, after the page's headline figures.
const placeholder = () => <div className={styles.drawingPlaceholder} aria-hidden="true" />;
const drawings = {
  "grouped-bars": dynamic(() => import("./grouped-bar-chart"), { ssr: false, loading: placeholder }),
  lines: dynamic(() => import("./line-chart"), { ssr: false, loading: placeholder }),
  timeline: dynamic(() => import("./timeline-chart"), { ssr: false, loading: placeholder }),
};

export function ChartDrawing({ chart }: { chart: DrawnChart }) {
  const Drawing = drawings[chart.kind];
  return <Drawing chart={chart} />;
}
