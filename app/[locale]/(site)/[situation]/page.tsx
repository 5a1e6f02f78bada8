import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EventTimeline } from "@/components/events/event-timeline";
import { buildChart } from "@/lib/charts";
import { MapSection } from "@/components/map/map-section";
import { HeadlineCards } from "@/components/figures/headline-cards";
import { SituationData } from "@/components/situations/situation-data";
import { getMessages } from "@/lib/i18n/messages";
import { buildOverview } from "@/lib/queries/overview";
import { mapModel } from "@/lib/queries/map";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { situationMetadataAt } from "@/lib/i18n/page-metadata";
import { enterSituation, situationPath, type SituationParams } from "@/lib/situations/page-situation";
import { situationText, situationTitle } from "@/lib/situations/texts";

export const generateMetadata = situationMetadataAt("/", ({ situation }) => ({ title: situationTitle(situation), description: situationText(situation.summary) }));

/** Charts the overview shows: the situation's first two; the charts page has them all. */
const OVERVIEW_CHARTS = 2;

export default async function OverviewPage({ params }: { params: SituationParams }) {
  const { snapshot } = await enterSituation(params);
  const { situation } = snapshot;
  const t = getMessages();
  const at = (path: string) => situationPath(situation.id, path);
  const overview = perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot));
  return (
    <>
      <h1>{situationTitle(situation)}</h1>
      <p className="lede">
        {t.overview.lede} <Link href={at("/summary")}>{t.overview.summaryLink}</Link>
      </p>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="visually-hidden">
          {t.overview.headlineHeading}
        </h2>
        <HeadlineCards overview={overview} />
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t.overview.mapHeading}</h2>
        {/* Suspense boundaries let React hydrate each below-the-fold island in a task of its own (lower blocking time). */}
        <Suspense>
          <MapSection model={mapModel(snapshot)} />
        </Suspense>
      </section>
      {situation.charts.length > 0 && (
        <section aria-labelledby="charts-heading">
          <h2 id="charts-heading">{t.overview.chartsHeading}</h2>
          {/* Not in Suspense boundaries: React moves a large finished boundary to the end of the HTML, to be put in
              place by a script, so without JavaScript (and in print before it runs) the charts would be missing. */}
          {situation.charts.slice(0, OVERVIEW_CHARTS).map((id) => (
            <ChartFigure key={id} chart={buildChart(id, snapshot)} />
          ))}
          <p>
            <Link href={at("/charts")}>{t.overview.allCharts}</Link>
          </p>
        </section>
      )}
      <section aria-labelledby="events-heading" id="events">
        <h2 id="events-heading">{t.overview.eventsHeading}</h2>
        <p className="muted">{t.overview.eventsLede}</p>
        <EventTimeline events={overview.events} />
        <p>
          <Link href={`/events?situation=${situation.id}`}>{t.overview.allEvents(overview.allEvents.accounts, overview.allEvents.sources)}</Link>
        </p>
      </section>
      <SituationData situationId={situation.id} />
    </>
  );
}
