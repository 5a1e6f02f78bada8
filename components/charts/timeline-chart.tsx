"use client";
import { useRouter } from "@/lib/i18n/navigation";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { DrawnChart, DrawnMark } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import { useMessages } from "@/lib/i18n/use-messages";
import { palette } from "@/lib/map/palette";
import { axisDate } from "@/lib/charts/axis-date";
import { maxOf, minOf } from "@/lib/math/extent";

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const LANE_COLOURS = [palette.vermillion, palette.green, palette.purple, palette.blue, palette.black, palette.orange];

interface Point {
  x: number;
  y: number;
  mark: DrawnMark;
}

/** Accounts as points on their dates, one lane per kind; points on the same day and lane fan out. Click a point for its source. */
export default function TimelineChart({ chart }: { chart: DrawnChart }) {
  const router = useRouter();
  const t = useMessages();
  const rtl = t.dir === "rtl";
  const { locale } = t;
  const seen = new Map<string, number>();
  const points: Point[] = chart.marks
    .filter((m) => m.date)
    .map((mark) => {
      const slot = `${mark.date}|${mark.value}`;
      const k = seen.get(slot) ?? 0;
      seen.set(slot, k + 1);
      return { x: toDay(mark.date as string), y: mark.value + Math.min(k, 4) * 0.14 - 0.28, mark };
    });
  const xs = points.map((p) => p.x);
  const days = [...new Set(xs)].sort((a, b) => a - b);
  return (
    <ScatterChart responsive width="100%" height={360} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={[minOf(xs) - 0.5, maxOf(xs) + 0.5]}
        ticks={days}
        tickFormatter={(d: number) => axisDate(fromDay(Math.round(d)), locale)}
        tick={{ fontSize: 12 }}
        reversed={rtl}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[-0.5, chart.categories.length - 0.5]}
        ticks={chart.categories.map((_, i) => i)}
        tickFormatter={(i: number) => chart.categories[i] ?? ""}
        width={130}
        orientation={rtl ? "right" : "left"}
        reversed
        tick={{ fontSize: 11 }}
      />
      <Tooltip
        cursor={false}
        content={({ payload }) => {
          const point = payload?.[0]?.payload as Point | undefined;
          if (!point) return null;
          return (
            <div dir={t.dir} style={{ background: "#fff", border: "1px solid #d5d9df", padding: "0.4rem 0.6rem", maxWidth: "18rem", fontSize: "0.85rem" }}>
              <strong>{formatDate(point.mark.date as string, locale)}</strong>: {point.mark.series}
              <br />
              {point.mark.source.sourceShort}
              {point.mark.source.viaShort ? ` ${t.charts.via} ${point.mark.source.viaShort}` : ""}
            </div>
          );
        }}
      />
      {chart.categories.map((lane, laneIndex) => (
        <Scatter
          key={lane}
          name={lane}
          data={points.filter((p) => p.mark.value === laneIndex)}
          fill={LANE_COLOURS[laneIndex % LANE_COLOURS.length]}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(data) => {
            const point = (data as unknown as { payload?: Point }).payload;
            if (point) router.push(point.mark.source.href);
          }}
        />
      ))}
    </ScatterChart>
  );
}
