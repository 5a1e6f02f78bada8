import { Link } from "@/lib/i18n/navigation";
import { ClaimGroupsTable } from "@/components/figures/claim-groups-table";
import { FigureFilterForm } from "@/components/figures/figure-filter-form";
import { getMessages } from "@/lib/i18n/messages";
import { Pagination } from "@/components/ui/pagination";
import { localizedPath } from "@/lib/i18n/localized-path";
import { summarizeGroupList } from "@/lib/queries/claim-group-summary";
import { figureTableGroups, FigureTableQuery, filterQueryString, sortKeys } from "@/lib/queries/figure-table";
import { pageOf } from "@/lib/queries/page-of";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { scopedSnapshot } from "@/lib/situations/scope";

export const generateMetadata = metadataAt("/figures", () => ({ title: getMessages().figuresPage.title }));

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

const filterKeys = ["situation", "indicator", "location", "source", "status"] as const;

export default async function FiguresPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const locale = await enterLocale(params);
  const t = getMessages();
  const asked = await searchParams;
  const query = FigureTableQuery.parse(asked);
  // A filter given twice, or with a value no list holds, is left out: say so rather than show everything silently.
  const whole = await pageSnapshot();
  // One situation's claims, or every situation's.
  if (query.situation && !whole.situationsById.has(query.situation)) query.situation = undefined;
  const ignored = filterKeys.filter((key) => asked[key] !== undefined && asked[key] !== query[key]).map((key) => `${key}=${[asked[key]].flat().join(", ")}`);
  const snapshot = (query.situation && scopedSnapshot(whole, query.situation)) || whole;
  const { page: askedPage, ...tableQuery } = query;
  const all = figureTableGroups(snapshot, tableQuery);
  const page = pageOf(all.groups, askedPage);
  const groups = summarizeGroupList(page.items, snapshot);
  const { sort: _sort, ...filters } = tableQuery;
  return (
    <>
      <h1>{t.figuresPage.title}</h1>
      <p className="lede">{t.figuresPage.lede}</p>
      {ignored.length > 0 && (
        <p className="panel" role="status" data-testid="ignored-filters">
          {t.figuresPage.ignoredFilters(ignored.join("; "))}
        </p>
      )}
      <FigureFilterForm query={query} sources={snapshot.sources} locations={snapshot.locations} situations={whole.situations} action={localizedPath(locale, "/figures")} />
      <p>
        {t.figuresPage.count(all.claims, all.groups.length)} · {t.figuresPage.sortBy}{" "}
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
      <Pagination page={page.page} pages={page.pages} pathname="/figures" query={{ ...tableQuery, sort: tableQuery.sort === "reported" ? undefined : tableQuery.sort }} />
    </>
  );
}
