import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { buildChart } from "@/lib/charts";
import { chartIds, type ChartId } from "@/lib/charts/model";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import styles from "./embed.module.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string; chart: string }> };

// Rendered on first visit and kept per data version, like every cached page (lib/cache/README.md).
export function generateStaticParams() {
  return [];
}


function chartIdOf(value: string): ChartId | null {
  return (chartIds as readonly string[]).includes(value) ? (value as ChartId) : null;
}

// Metadata and page ask for the same chart: build it once per request.
const chartFor = cache(async (id: ChartId) => buildChart(id, await pageSnapshot()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  return localizedMetadata(params, `/embed/charts/${chart}`, async () => {
    const id = chartIdOf(chart);
    return { title: id ? (await chartFor(id)).title : getMessages().errors.notFound };
  });
}

/** One captioned chart alone, for an iframe on a partner's site; it still links back to its sources. */
export default async function EmbeddedChart({ params }: Props) {
  await enterLocale(params);
  const id = chartIdOf((await params).chart);
  if (!id) notFound();
  const chart = await chartFor(id);
  return (
    <main className={styles.embed}>
      <ChartFigure chart={chart} headingLevel={1} />
      <p className={styles.credit}>
        <Link href="/charts" target="_top">
          {getMessages().app.name}
        </Link>
      </p>
    </main>
  );
}
