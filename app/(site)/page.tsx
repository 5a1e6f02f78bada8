import { EventTimeline } from "@/components/events/event-timeline";
import { MapSection } from "@/components/map/map-section";
import { LiveHeadlineCards } from "@/components/figures/live-headline-cards";
import { getMessages } from "@/lib/i18n/messages";
import { buildOverview } from "@/lib/queries/overview";
import { mapModel } from "@/lib/queries/map";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

export default async function OverviewPage() {
  const t = getMessages();
  const snapshot = await pageSnapshot();
  const overview = buildOverview(snapshot);
  return (
    <>
      <h1>{t.overview.title}</h1>
      <p className="lede">{t.overview.lede}</p>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="visually-hidden">
          {t.overview.headlineHeading}
        </h2>
        <LiveHeadlineCards initial={overview} />
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t.overview.mapHeading}</h2>
        <MapSection model={mapModel(snapshot)} />
      </section>
      <section aria-labelledby="events-heading" id="events">
        <h2 id="events-heading">{t.overview.eventsHeading}</h2>
        <EventTimeline events={overview.events} />
      </section>
    </>
  );
}
