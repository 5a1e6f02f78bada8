import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { readAuditLog } from "@/lib/auth/audit";
import { requireStaff } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { parseRecordId } from "@/lib/http/record-id";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/admin/audit", () => ({ title: getStaffMessages().audit.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

const PAGE = 100;

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ before?: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("admin", locale, `/${locale}/admin/audit`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages().audit;
  const before = parseRecordId((await searchParams).before) ?? undefined;
  const entries = await readAuditLog(await getDb(), { before, limit: PAGE });
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lede">{s.lede}</p>
      <div className="table-scroll">
        <table className="stacked-table">
          <caption className="visually-hidden">{s.title}</caption>
          <thead>
            <tr>
              <th scope="col">{s.at}</th>
              <th scope="col">{s.who}</th>
              <th scope="col">{s.action}</th>
              <th scope="col">{s.target}</th>
              <th scope="col">{s.address}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td data-label={s.at}>{formatDateTime(entry.at)}</td>
                <td data-label={s.who}>
                  <bdi>{entry.actor}</bdi>
                </td>
                <td data-label={s.action}>{s.actions[entry.action as keyof typeof s.actions] ?? entry.action}</td>
                <td data-label={s.target}>
                  <bdi>{entry.target ?? ""}</bdi>
                </td>
                <td data-label={s.address}>
                  {/* An address read right to left would put "::ffff:" at the wrong end. */}
                  <bdi dir="ltr">{entry.address ?? ""}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === PAGE && (
        <p>
          <Link href={`/admin/audit?before=${entries.at(-1)?.id}`}>{s.older}</Link>
        </p>
      )}
    </>
  );
}
