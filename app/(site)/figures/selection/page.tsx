import type { Metadata } from "next";
import { SelectionView } from "@/components/sources/selection-view";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { SelectionQuery, selectionOf } from "@/lib/queries/selection";

export const metadata: Metadata = { title: getMessages().selection.pageTitle };

export default async function SelectionPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { ids } = SelectionQuery.parse(await searchParams);
  const snapshot = await pageSnapshot();
  return (
    <div className="panel">
      <SelectionView selection={selectionOf(snapshot, ids)} snapshot={snapshot} />
    </div>
  );
}
