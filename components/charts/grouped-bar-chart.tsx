"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Rectangle, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts";
import { toChartRows } from "@/lib/charts/bar-rows";
import type { DrawnChart, DrawnMark } from "@/lib/charts/model";
import { formatInteger } from "@/lib/format/qualified-number";
import { useMessages } from "@/lib/i18n/use-messages";
import { markTooltip } from "./mark-tooltip";
import { WrappedTick } from "./wrapped-tick";

/** Sources side by side per category; a computed sum is drawn hatched-outline and labelled "(sum)". */
export default function GroupedBarChart({ chart }: { chart: DrawnChart }) {
  const rows = toChartRows(chart);
  // Right to left, categories run from the right and the value axis stands on the right.
  const t = useMessages();
  const { dir, locale } = t;
  const rtl = dir === "rtl";
  const markAt = (index: number, key: string) => rows[index]?.[`${key}Mark`] as DrawnMark | undefined;
  return (
    <BarChart data={rows} responsive width="100%" height={320} margin={{ top: 24, right: 8, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="category" interval={0} height={52} reversed={rtl} tick={(props) => <WrappedTick {...props} maxWidth={90} />} />
      <YAxis tickFormatter={(v: number) => formatInteger(v, locale)} width={56} tick={{ fontSize: 12 }} orientation={rtl ? "right" : "left"} />
      <Tooltip formatter={markTooltip(t.charts.sumSuffix)} />
      <Legend itemSorter={null} />
      {chart.series.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.label}
          fill={series.colour}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            const derived = markAt(props.index, series.key)?.derived;
            return (
              <Rectangle
                {...props}
                fill={series.colour}
                fillOpacity={derived ? 0.35 : 1}
                stroke={derived ? "#1b1f24" : "none"}
                strokeWidth={derived ? 2 : 0}
                strokeDasharray={derived ? "5 3" : undefined}
              />
            );
          }}
        >
          <LabelList
            dataKey={series.key}
            position="top"
            fontSize={11}
            fill="#1b1f24"
            formatter={(value) => (value === undefined ? "" : value)}
            content={({ x, y, width, index }) => {
              const mark = markAt(Number(index), series.key);
              if (!mark) return null;
              return (
                <text x={Number(x) + Number(width) / 2} y={Number(y) - 6} textAnchor="middle" direction="ltr" fontSize={11} fill="#1b1f24">
                  {mark.label}
                </text>
              );
            }}
          />
        </Bar>
      ))}
    </BarChart>
  );
}
