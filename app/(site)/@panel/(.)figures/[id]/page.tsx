import { notFound } from "next/navigation";
import { FigureDetailView } from "@/components/figures/figure-detail-view";
import { SourcePanel } from "@/components/sources/source-panel";
import { getDb } from "@/lib/db";
import { todayIso } from "@/lib/format/dates";
import { figureDetail } from "@/lib/queries/figures";
import { toDetailView } from "@/lib/queries/figure-detail-view";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

/**
 * A figure link followed inside the app opens this panel over the page it came
 * from; the same URL visited directly (or without JavaScript) renders the full
 * page at app/figures/[id].
 */
export default async function FigurePanel({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const snapshot = await pageSnapshot();
  const detail = await figureDetail(await getDb(), snapshot, id);
  if (!detail) notFound();
  const view = toDetailView(detail, snapshot, todayIso());
  return (
    <SourcePanel label={`Source of ${view.claim.valueText} (${view.claim.sourceShort})`}>
      <FigureDetailView detail={view} headingLevel={2} />
    </SourcePanel>
  );
}
