import { notFound } from "next/navigation";
import { FigureDetailView } from "@/components/figures/figure-detail-view";
import { SourcePanel } from "@/components/sources/source-panel";
import { getMessages } from "@/lib/i18n/messages";
import { figurePageView } from "@/lib/queries/figure-page";
import { enterLocale } from "@/lib/i18n/page-locale";

/**
 * A figure link followed inside the app opens this panel over the page it came
 * from; the same URL visited directly (or without JavaScript) renders the full
 * page at app/(site)/figures/[id].
 */
export default async function FigurePanel({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await enterLocale(params);
  const view = await figurePageView((await params).id);
  if (!view) notFound();
  return (
    <SourcePanel label={getMessages().panel.figureLabel(view.claim.valueText, view.claim.sourceShort)}>
      <FigureDetailView detail={view} headingLevel={2} />
    </SourcePanel>
  );
}
