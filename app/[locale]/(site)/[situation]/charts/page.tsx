import { ChartFigure } from "@/components/charts/chart-figure";
import { buildCharts } from "@/lib/charts";
import { getMessages } from "@/lib/i18n/messages";
import { situationMetadataAt } from "@/lib/i18n/page-metadata";
import { enterSituation, type SituationParams } from "@/lib/situations/page-situation";

export const generateMetadata = situationMetadataAt("/charts", () => ({ title: getMessages().charts.pageTitle }));

export default async function ChartsPage({ params }: { params: SituationParams }) {
  const { locale, snapshot } = await enterSituation(params);
  const t = getMessages();
  const charts = buildCharts(snapshot);
  return (
    <>
      <h1>{t.charts.pageTitle}</h1>
      <p className="lede">{t.charts.lede}</p>
      {charts.map((chart) => (
        <section key={chart.id} id={chart.id}>
          {/* No Suspense boundary: a large one is moved to the end of the HTML and shown by a script (see the overview). */}
          <ChartFigure chart={chart} headingLevel={2} />
          <p className="muted">
            {t.charts.embedHint} <code>{`<iframe src="/${locale}/embed/${snapshot.situation.id}/charts/${chart.id}" width="800" height="640"></iframe>`}</code>
          </p>
        </section>
      ))}
    </>
  );
}
