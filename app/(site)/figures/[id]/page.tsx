import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureDetailView } from "@/components/figures/figure-detail-view";
import { getMessages } from "@/lib/i18n/messages";
import { figurePageView } from "@/lib/queries/figure-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await figurePageView((await params).id);
  return { title: view ? `${view.claim.valueText}: ${view.claim.sourceShort}` : getMessages().errors.notFound };
}

export default async function FigurePage({ params }: Props) {
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
