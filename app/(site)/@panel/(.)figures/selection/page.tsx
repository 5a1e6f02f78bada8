import { SelectionView } from "@/components/sources/selection-view";
import { SourcePanel } from "@/components/sources/source-panel";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { SelectionQuery, selectionOf } from "@/lib/queries/selection";

/** A chart's sources line followed inside the app opens its claims in the panel, over the chart. */
export default async function SelectionPanel({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { ids } = SelectionQuery.parse(await searchParams);
  const snapshot = await pageSnapshot();
  return (
    <SourcePanel label={getMessages().selection.pageTitle}>
      <SelectionView selection={selectionOf(snapshot, ids)} snapshot={snapshot} headingLevel={2} />
    </SourcePanel>
  );
}
