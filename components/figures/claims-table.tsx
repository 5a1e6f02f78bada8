import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import { Bidi } from "@/components/ui/bidi";

export function ClaimsTable({ claims, caption, showIndicator = false }: { claims: ClaimSummary[]; caption: string; showIndicator?: boolean }) {
  const t = getMessages();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="stacked-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.value}</th>
            {showIndicator && <th scope="col">{t.table.indicator}</th>}
            <th scope="col">{t.table.source}</th>
            <th scope="col">{t.table.grade}</th>
            <th scope="col">{t.table.via}</th>
            <th scope="col">{t.table.reported}</th>
            <th scope="col">{t.table.place}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id}>
              <td data-label={t.table.value}>
                <Link href={c.href}>{<Bidi text={c.valueText} />}</Link> {c.unit === "households" ? t.unit.households : ""}
                {c.status !== "current" && <span className="badge badge-warn">{t.figure.status[c.status]}</span>}
                {c.kind === "derived" && <span className="badge">{t.figure.derived}</span>}
              </td>
              {showIndicator && (
                <td data-label={t.table.indicator}>
                  {t.indicator[c.indicator]}
                  {t.listSeparator}
                  {t.group[c.group]}
                </td>
              )}
              <td data-label={t.table.source}>
                <abbr title={c.sourceName}>{c.sourceShort}</abbr>
              </td>
              <td data-label={t.table.grade}>{c.sourceReliability}</td>
              <td data-label={t.table.via}>{c.viaShort ?? "—"}</td>
              <td data-label={t.table.reported}>{c.reportedAt ? formatDate(c.reportedAt) : t.overview.dateUnknown}</td>
              <td data-label={t.table.place}>{c.placeText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
