import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FigureDetailView } from "@/components/figures/figure-detail-view";
import { getMessages } from "@/lib/i18n/messages";
import { figurePageView } from "@/lib/queries/figure-page";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit and kept per data version, like every cached page (lib/cache/README.md).
export function generateStaticParams() {
  return [];
}


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return localizedMetadata(params, `/figures/${id}`, async () => {
    const view = await figurePageView(id);
    return {
      title: view ? `${view.claim.valueText}: ${view.claim.sourceShort}` : getMessages().errors.notFound,
      alternates: { types: { "application/atom+xml": `/changes.atom?figure=${encodeURIComponent(id)}` } },
    };
  });
}

export default async function FigurePage({ params }: Props) {
  await enterLocale(params);
  const view = await figurePageView((await params).id);
  if (!view) notFound();
  return (
    <>
      <p>
        <Link href="/">{getMessages().figure.backToOverview}</Link>
      </p>
      <div className="panel">
        <FigureDetailView detail={view} />
      </div>
    </>
  );
}
