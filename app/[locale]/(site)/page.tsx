import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EventTimeline } from "@/components/events/event-timeline";
import { buildChart } from "@/lib/charts";
import { MapSection } from "@/components/map/map-section";
import { HeadlineCards } from "@/components/figures/headline-cards";
import { getMessages } from "@/lib/i18n/messages";
import { buildOverview } from "@/lib/queries/overview";
import { mapModel } from "@/lib/queries/map";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/", () => ({}));

export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = getMessages();
  const snapshot = await pageSnapshot();
  const overview = perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot));
  return (
    <>
      <h1>{t.overview.title}</h1>
      <p className="lede">
        {t.overview.lede} <Link href="/summary">{t.overview.summaryLink}</Link>
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
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t.overview.chartsHeading}</h2>
        <Suspense>
          <ChartFigure chart={buildChart("casualties-by-group", snapshot)} />
        </Suspense>
        <Suspense>
          <ChartFigure chart={buildChart("displaced-over-time", snapshot)} />
        </Suspense>
        <p>
          <Link href="/charts">{t.overview.allCharts}</Link>
        </p>
      </section>
      <section aria-labelledby="events-heading" id="events">
        <h2 id="events-heading">{t.overview.eventsHeading}</h2>
        <p className="muted">{t.overview.eventsLede}</p>
        <EventTimeline events={overview.events} />
        <p>
          <Link href="/events">{t.overview.allEvents(overview.allEvents.accounts, overview.allEvents.sources)}</Link>
        </p>
      </section>
    </>
  );
}
