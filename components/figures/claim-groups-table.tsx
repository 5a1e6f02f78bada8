import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { ClaimGroupSummary } from "@/lib/queries/claim-group-summary";
import styles from "./claim-groups-table.module.css";

/**
 * Claims grouped by source and value: a source's figure is one row however many
 * outlets carried it, with each report still one click away.
 */
export function ClaimGroupsTable({ groups, caption, showIndicator = false }: { groups: ClaimGroupSummary[]; caption: string; showIndicator?: boolean }) {
  const t = getMessages();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="stacked-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.source}</th>
            <th scope="col">{t.table.value}</th>
            {showIndicator && <th scope="col">{t.table.indicator}</th>}
            <th scope="col">{t.table.reports}</th>
            <th scope="col">{t.table.place}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ key, first, valueTexts, voiceShort, reports }) => (
            <tr key={key}>
              <th scope="row">
                <abbr title={first.sourceName}>{first.sourceShort}</abbr> <span className="muted">({t.figure.gradeOf(first.sourceReliability)})</span>
                {voiceShort && <span className={styles.voice}>{t.groups.partOf(voiceShort)}</span>}
              </th>
              <td data-label={t.table.value}>
                <Link href={first.href}>{valueTexts.join(" / ")}</Link>
                {first.unit === "households" ? ` ${t.unit.households}` : ""}
                {first.status !== "current" && <span className="badge badge-warn">{t.figure.status[first.status]}</span>}
                {first.kind === "derived" && <span className="badge">{t.figure.derived}</span>}
              </td>
              {showIndicator && (
                <td data-label={t.table.indicator}>
                  {t.indicator[first.indicator]}
                  {t.listSeparator}
                  {t.group[first.group]}
                  {first.periodText && <span className="muted"> ({first.periodText})</span>}
                </td>
              )}
              <td data-label={t.table.reports}>
                {reports.length > 1 && <span className={styles.count}>{t.groups.reportedBy(reports.length)}: </span>}
                <ul className={styles.reports}>
                  {reports.map((r) => (
                    <li key={r.id}>
                      <Link href={r.href}>
                        <bdi>{r.viaShort ?? t.groups.direct}</bdi>
                      </Link>
                      {t.listSeparator}
                      {r.reportedAt ? formatDate(r.reportedAt) : t.overview.dateUnknown}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={t.table.place}>{first.placeText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
