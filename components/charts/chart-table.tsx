"use client";
import { Link } from "@/lib/i18n/navigation";
import type { DrawnChart } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import { useMessages } from "@/lib/i18n/use-messages";

/** The same marks as the chart, as rows: the accessible alternative, and what the CSV holds. */
export function ChartTable({ chart, id }: { chart: DrawnChart; id?: string }) {
  const t = useMessages();
  const timeline = chart.kind === "timeline";
  return (
    <div className="table-scroll" id={id}>
      <table className="stacked-table">
        <caption className="visually-hidden">{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">{timeline ? t.chartTable.date : t.chartTable.category}</th>
            <th scope="col">{timeline ? t.chartTable.lane : t.table.source}</th>
            <th scope="col">{timeline ? t.chartTable.what : t.table.value}</th>
            <th scope="col">{timeline ? t.table.source : t.table.reported}</th>
          </tr>
        </thead>
        <tbody>
          {chart.marks.map((mark) => (
            <tr key={mark.key}>
              <td data-label={timeline ? t.chartTable.date : t.chartTable.category}>
                {timeline
                  ? formatDate(mark.date as string, chart.locale)
                  : chart.kind === "lines"
                    ? mark.category
                      ? formatDate(mark.category, chart.locale)
                      : t.overview.dateUnknown
                    : mark.category}
              </td>
              <td data-label={timeline ? t.chartTable.lane : t.table.source}>{timeline ? mark.category : mark.series}</td>
              <td data-label={timeline ? t.chartTable.what : t.table.value}>
                <Link href={mark.source.href}>{timeline ? mark.series : mark.valueText}</Link>
                {mark.derived && ` (${t.figure.derived.toLowerCase()})`}
              </td>
              <td data-label={timeline ? t.table.source : t.table.reported}>
                {timeline
                  ? `${mark.source.sourceShort}${mark.source.viaShort ? `, ${t.charts.via} ${mark.source.viaShort}` : ""}`
                  : `${mark.source.reportedAt ? formatDate(mark.source.reportedAt, chart.locale) : t.overview.dateUnknown}${mark.source.viaShort ? `, ${t.charts.via} ${mark.source.viaShort}` : ""}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
