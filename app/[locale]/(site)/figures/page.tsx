import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ClaimGroupsTable } from "@/components/figures/claim-groups-table";
import { FigureFilterForm } from "@/components/figures/figure-filter-form";
import { getMessages } from "@/lib/i18n/messages";
import { summarizeGroups } from "@/lib/queries/claim-group-summary";
import { figureTable, FigureTableQuery, filterQueryString, sortKeys } from "@/lib/queries/figure-table";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: getMessages().figuresPage.title };

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function FiguresPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await enterLocale(params);
  const t = getMessages();
  const query = FigureTableQuery.parse(await searchParams);
  const snapshot = await pageSnapshot();
  const claims = figureTable(snapshot, query);
  const groups = summarizeGroups(claims, snapshot);
  const { sort: _sort, ...filters } = query;
  return (
    <>
      <h1>{t.figuresPage.title}</h1>
      <p className="lede">{t.figuresPage.lede}</p>
      <FigureFilterForm query={query} sources={snapshot.sources} locations={snapshot.locations} />
      <p>
        {t.figuresPage.count(claims.length, groups.length)} · {t.figuresPage.sortBy}{" "}
        {sortKeys.map((key, i) => (
          <span key={key}>
            {i > 0 && " · "}
            {query.sort === key ? (
              <strong aria-current="true">{t.figuresPage.sort[key]}</strong>
            ) : (
              <Link href={`/figures${filterQueryString({ ...query, sort: key })}`}>{t.figuresPage.sort[key]}</Link>
            )}
          </span>
        ))}{" "}
        ·{" "}
        <a href={`/api/figures${filterQueryString(filters, { format: "csv" })}`} download>
          {t.figuresPage.downloadCsv}
        </a>
      </p>
      <div className="panel">
        <ClaimGroupsTable groups={groups} caption={t.figuresPage.title} showIndicator />
      </div>
    </>
  );
}
