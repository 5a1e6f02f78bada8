import type { Metadata } from "next";
import Link from "next/link";
import { ClaimsTable } from "@/components/figures/claims-table";
import { FigureFilterForm } from "@/components/figures/figure-filter-form";
import { getMessages } from "@/lib/i18n/messages";
import { summarizeClaim } from "@/lib/queries/claim-summary";
import { figureTable, FigureTableQuery, filterQueryString, sortKeys } from "@/lib/queries/figure-table";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

export const metadata: Metadata = { title: getMessages().figuresPage.title };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const t = getMessages();
  const query = FigureTableQuery.parse(await searchParams);
  const snapshot = await pageSnapshot();
  const rows = figureTable(snapshot, query).map((c) => summarizeClaim(c, snapshot));
  const { sort: _sort, ...filters } = query;
  return (
    <>
      <h1>{t.figuresPage.title}</h1>
      <p className="lede">{t.figuresPage.lede}</p>
      <FigureFilterForm query={query} sources={snapshot.sources} locations={snapshot.locations} />
      <p>
        {t.figuresPage.count(rows.length)} · {t.figuresPage.sortBy}{" "}
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
        <ClaimsTable claims={rows} caption={t.figuresPage.title} showIndicator />
      </div>
    </>
  );
}
