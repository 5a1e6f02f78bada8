import type { Metadata } from "next";
import Link from "next/link";
import { ClaimGroupsTable } from "@/components/figures/claim-groups-table";
import { FigureFilterForm } from "@/components/figures/figure-filter-form";
import { getMessages } from "@/lib/i18n/messages";
import { summarizeGroups } from "@/lib/queries/claim-group-summary";
import { figureTable, FigureTableQuery, filterQueryString, sortKeys } from "@/lib/queries/figure-table";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

export const metadata: Metadata = { title: getMessages().figuresPage.title };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
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
