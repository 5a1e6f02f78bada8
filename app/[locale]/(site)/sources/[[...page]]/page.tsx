import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { pageOf, SOURCES_PAGE_SIZE } from "@/lib/queries/page-of";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { perVersion } from "@/lib/queries/read-model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { EditorsText } from "@/components/ui/editors-text";

type Props = { params: Promise<{ locale: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = (await params).page ?? [];
  return localizedMetadata(params, ["/sources", ...page].join("/"), () => ({ title: getMessages().sourcesPage.title }));
}

// Rendered on first visit and kept per data version; /sources is page 1, /sources/2 the next.
export function generateStaticParams() {
  return [];
}

/** How many claims each source made or relayed, counted once per data version. */
function claimCounts(snapshot: Snapshot): Map<string, number> {
  return perVersion(snapshot, "claims-per-source", () => {
    const counts = new Map<string, number>();
    for (const claim of snapshot.claims) {
      for (const id of new Set([claim.sourceId, claim.via])) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
}

export default async function SourcesPage({ params }: Props) {
  await enterLocale(params);
  const segments = (await params).page ?? [];
  const asked = segments.length === 1 && /^[1-9]\d*$/.test(segments[0]) ? Number(segments[0]) : segments.length === 0 ? 1 : null;
  if (asked === null) notFound();
  const t = getMessages();
  const snapshot = await pageSnapshot();
  const page = pageOf(snapshot.sources, asked, SOURCES_PAGE_SIZE);
  if (page.page !== asked) notFound();
  const counts = claimCounts(snapshot);
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
            {page.items.map((source) => {
              const said = counts.get(source.id) ?? 0;
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
                    <EditorsText>{source.reliabilityReason}</EditorsText>
                    {source.notes && <div className="muted">
                        <EditorsText>{source.notes}</EditorsText>
                      </div>}
                  </td>
                  <td data-label={t.sourcesPage.figures}>{said ? <Link href={`/figures?source=${source.id}`}>{t.figuresPage.count(said)}</Link> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination page={page.page} pages={page.pages} hrefFor={(n) => (n === 1 ? "/sources" : `/sources/${n}`)} />
    </>
  );
}
