"use client";
import { CartesianGrid, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { toChartRows, type ChartRow } from "@/lib/charts/bar-rows";
import type { DrawnChart, DrawnMark } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/qualified-number";
import { useMessages } from "@/lib/i18n/use-messages";
import { axisDate } from "@/lib/charts/axis-date";
import { markTooltip } from "./mark-tooltip";
import { LabelPlacer, labelWidth } from "@/lib/charts/static/label-boxes";
import { useMemo } from "react";

/** Each source's counts over report dates; a line joins one source's counts across dates it did not report. */
export default function CountsLineChart({ chart }: { chart: DrawnChart }) {
  // Report dates on a time axis: two days apart look twice as far as one.
  const rows: (ChartRow & { day: number })[] = toChartRows(chart).map((row) => ({ ...row, day: Date.parse(`${row.category}T00:00:00Z`) }));
  const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  // Right to left, time runs from the right and the value axis stands on the right.
  const t = useMessages();
  const { dir, locale } = t;
  const rtl = dir === "rtl";
  // Labels are placed as Recharts draws them, series by series; one that would print over another is left to
  // the tooltip and the table (lib/charts/static/label-boxes.ts), as in the server's drawing and the exports.
  const labels = useMemo(() => new LabelPlacer(), [chart]);
  return (
    <LineChart data={rows} responsive width="100%" height={320} margin={{ top: 16, right: rtl ? 8 : 56, bottom: 8, left: rtl ? 56 : 8 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="day"
        type="number"
        scale="time"
        domain={["dataMin", "dataMax"]}
        ticks={rows.map((row) => row.day)}
        tickFormatter={(time: number) => axisDate(dayOf(time), locale)}
        tick={{ fontSize: 12 }}
        padding={rtl ? { left: 8, right: 24 } : { left: 24, right: 8 }}
        reversed={rtl}
      />
      <YAxis tickFormatter={(v: number) => formatInteger(v, locale)} width={64} tick={{ fontSize: 12 }} domain={[0, "auto"]} orientation={rtl ? "right" : "left"} />
      <Tooltip
        labelFormatter={(time) => formatDate(dayOf(Number(time)), locale)}
        formatter={markTooltip(t.charts.sumSuffix)}
      />
      <Legend itemSorter={null} />
      {chart.series.map((series, seriesIndex) => (
        <Line
          key={series.key}
          dataKey={series.key}
          name={series.label}
          stroke={series.colour}
          strokeWidth={2}
          dot={{ r: 4, fill: series.colour }}
          connectNulls
          isAnimationActive={false}
        >
          {/* The qualifier stays on the chart, not only in the tooltip: "~155,000", "> 150,000". */}
          <LabelList
            dataKey={series.key}
            content={({ x, y, index }) => {
              const mark = rows[Number(index)]?.[`${series.key}Mark`] as DrawnMark | undefined;
              if (!mark) return null;
              // Every other source's labels sit below its points first, then try the other side.
              const width = labelWidth(mark.label, 10);
              const dy = [seriesIndex % 2 ? 14 : -6, seriesIndex % 2 ? -6 : 14].find((offset) =>
                labels.place({ x: rtl ? Number(x) - 6 - width : Number(x) + 6, y: Number(y) + offset - 10, width, height: 12 }, `${series.key}:${index}`),
              );
              if (dy === undefined) return null;
              return (
                <text
                  data-value-label
                  x={Number(x) + (rtl ? -6 : 6)}
                  y={Number(y) + dy}
                  textAnchor={rtl ? "end" : "start"}
                  direction="ltr"
                  fontSize={10}
                  fill={series.colour}
                >
                  {mark.label}
                </text>
              );
            }}
          />
        </Line>
      ))}
    </LineChart>
  );
}
