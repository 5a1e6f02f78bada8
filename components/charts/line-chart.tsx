"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { toChartRows } from "@/lib/charts/bar-rows";
import type { ChartMark, ChartModel } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/qualified-number";

/** Each source's counts over report dates; gaps stay gaps. */
export default function CountsLineChart({ chart }: { chart: ChartModel }) {
  const rows = toChartRows(chart);
  return (
    <LineChart data={rows} responsive width="100%" height={320} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="category" tickFormatter={(d: string) => formatDate(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={(v: number) => formatInteger(v)} width={64} tick={{ fontSize: 12 }} domain={[0, "auto"]} />
      <Tooltip
        labelFormatter={(d) => formatDate(String(d))}
        formatter={(_value, name, item) => {
          const mark = item.payload?.[`${item.dataKey as string}Mark`] as ChartMark | undefined;
          return [mark?.valueText ?? "", name];
        }}
      />
      <Legend itemSorter={null} />
      {chart.series.map((series) => (
        <Line
          key={series.key}
          dataKey={series.key}
          name={series.label}
          stroke={series.colour}
          strokeWidth={2}
          dot={{ r: 4, fill: series.colour }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
