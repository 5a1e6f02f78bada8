import { SelectionView } from "@/components/sources/selection-view";
import { SourcePanel } from "@/components/sources/source-panel";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { SelectionQuery, selectionOf } from "@/lib/queries/selection";

/** A chart's sources line followed inside the app opens its claims in the panel, over the chart. */
// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function SelectionPanel({
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
    <SourcePanel label={getMessages().selection.pageTitle}>
      <SelectionView selection={selectionOf(snapshot, ids)} snapshot={snapshot} headingLevel={2} />
    </SourcePanel>
  );
}
