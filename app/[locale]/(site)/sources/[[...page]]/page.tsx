import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import { filterClaims } from "@/lib/queries/figures";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: getMessages().sourcesPage.title };

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = getMessages();
  const snapshot = await pageSnapshot();
  const claimsBy = (id: string) => filterClaims(snapshot, { source: id });
  return (
    <>
      <h1>{t.sourcesPage.title}</h1>
      <p className="lede">{t.sourcesPage.lede}</p>
      <div className="panel table-scroll">
        <table className="stacked-table">
          <caption className="visually-hidden">{t.sourcesPage.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.source}</th>
              <th scope="col">{t.sourcesPage.kind}</th>
              <th scope="col">{t.table.grade}</th>
              <th scope="col">{t.sourcesPage.reason}</th>
              <th scope="col">{t.sourcesPage.figures}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.sources.map((source) => {
              const said = claimsBy(source.id);
              return (
                <tr key={source.id} id={`source-${source.id}`}>
                  <th scope="row">
                    {source.name}
                    {source.short !== source.name && <span className="muted"> ({source.short})</span>}
                    {source.partOf && (
                      <span className="muted">
                        {" · "}
                        {t.groups.partOf(snapshot.sourcesById.get(source.partOf)?.short ?? source.partOf)}
                      </span>
                    )}
                  </th>
                  <td data-label={t.sourcesPage.kind}>{t.sourceKind[source.kind]}</td>
                  <td data-label={t.table.grade}>{source.reliability}</td>
                  <td data-label={t.sourcesPage.reason}>
                    {source.reliabilityReason}
                    {source.notes && <div className="muted">{source.notes}</div>}
                  </td>
                  <td data-label={t.sourcesPage.figures}>{said.length ? <Link href={`/figures?source=${source.id}`}>{t.figuresPage.count(said.length)}</Link> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
