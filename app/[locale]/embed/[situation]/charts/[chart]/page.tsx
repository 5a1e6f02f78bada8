import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { buildChart } from "@/lib/charts";
import { chartIds, type ChartId } from "@/lib/charts/model";
import { getMessages } from "@/lib/i18n/messages";
import styles from "./embed.module.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { enterSituation, situationPath } from "@/lib/situations/page-situation";
import type { SituationSnapshot } from "@/lib/queries/snapshot";

type Props = { params: Promise<{ locale: string; situation: string; chart: string }> };

// Rendered on first visit and kept per data version, like every cached page (lib/cache/README.md).
export function generateStaticParams() {
  return [];
}


function chartIdOf(value: string): ChartId | null {
  return (chartIds as readonly string[]).includes(value) ? (value as ChartId) : null;
}

// Metadata and page ask for the same chart: build it once per request.
const chartFor = cache((id: ChartId, snapshot: SituationSnapshot) => buildChart(id, snapshot));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart, situation } = await params;
  const { snapshot } = await enterSituation(params);
  return localizedMetadata(params, `/embed/${situation}/charts/${chart}`, async () => {
    const id = chartIdOf(chart);
    return { title: id ? chartFor(id, snapshot).title : getMessages().errors.notFound };
  });
}

/** One captioned chart of a situation alone, for an iframe on a partner's site; it still links back to its sources. */
export default async function EmbeddedChart({ params }: Props) {
  const { snapshot } = await enterSituation(params);
  const id = chartIdOf((await params).chart);
  if (!id) notFound();
  const chart = chartFor(id, snapshot);
  return (
    <main className={styles.embed}>
      <ChartFigure chart={chart} headingLevel={1} />
      <p className={styles.credit}>
        <Link href={situationPath(snapshot.situation.id, "/charts")} target="_top">
          {getMessages().app.name}
        </Link>
      </p>
    </main>
  );
}
