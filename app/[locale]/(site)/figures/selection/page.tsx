import { SelectionView } from "@/components/sources/selection-view";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { SelectionQuery, selectionOf } from "@/lib/queries/selection";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/figures/selection", () => ({ title: getMessages().selection.pageTitle }));

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function SelectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  await enterLocale(params);
  const { ids } = SelectionQuery.parse(await searchParams);
  const snapshot = await pageSnapshot();
  return (
    <div className="panel">
      <SelectionView selection={selectionOf(snapshot, ids)} snapshot={snapshot} />
    </div>
  );
}
