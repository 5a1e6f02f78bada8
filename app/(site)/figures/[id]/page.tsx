import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureDetailView } from "@/components/figures/figure-detail-view";
import { getDb } from "@/lib/db";
import { todayIso } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { figureDetail } from "@/lib/queries/figures";
import { toDetailView } from "@/lib/queries/figure-detail-view";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const snapshot = await pageSnapshot();
  const detail = await figureDetail(await getDb(), snapshot, id);
  return detail && toDetailView(detail, snapshot, todayIso());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load((await params).id);
  return { title: view ? `${view.claim.valueText}: ${view.claim.sourceShort}` : getMessages().errors.notFound };
}

export default async function FigurePage({ params }: Props) {
  const view = await load((await params).id);
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
