import { Suspense } from "react";
import { ChartFigure } from "@/components/charts/chart-figure";
import { buildCharts } from "@/lib/charts";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/charts", () => ({ title: getMessages().charts.pageTitle }));

export default async function ChartsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const t = getMessages();
  const charts = buildCharts(await pageSnapshot());
  return (
    <>
      <h1>{t.charts.pageTitle}</h1>
      <p className="lede">{t.charts.lede}</p>
      {charts.map((chart) => (
        <section key={chart.id} id={chart.id}>
          {/* Each chart hydrates in a task of its own (see the overview). */}
          <Suspense>
            <ChartFigure chart={chart} headingLevel={2} />
          </Suspense>
          <p className="muted">
            {t.charts.embedHint} <code>{`<iframe src="/${locale}/embed/charts/${chart.id}" width="800" height="640"></iframe>`}</code>
          </p>
        </section>
      ))}
    </>
  );
}
