import { EventTimeline } from "@/components/events/event-timeline";
import styles from "@/components/figures/figure-filter-form.module.css";
import { FilterSelect } from "@/components/ui/filter-select";
import { getMessages } from "@/lib/i18n/messages";
import { EventKind, eventKinds } from "@/lib/model";
import { sortEventsInTime } from "@/lib/events/order";
import { summarizeEvent } from "@/lib/queries/event-summary";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { Pagination } from "@/components/ui/pagination";
import { localizedPath } from "@/lib/i18n/localized-path";
import { pageOf, PageNumber } from "@/lib/queries/page-of";
import { perVersion } from "@/lib/queries/read-model";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { placeName } from "@/lib/i18n/place-name";

export const generateMetadata = metadataAt("/events", () => ({ title: getMessages().eventsPage.title }));

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function EventsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string; location?: string; page?: string }>;
}) {
  const locale = await enterLocale(params);
  const t = getMessages();
  const query = await searchParams;
  const kind = EventKind.safeParse(query.kind).data;
  const snapshot = await pageSnapshot();
  const location = query.location && snapshot.locationsById.has(query.location) ? query.location : undefined;
  const inTime = perVersion(snapshot, "events-in-time", () => sortEventsInTime(snapshot.events));
  const places = perVersion(snapshot, "places-with-events", () => {
    const named = new Set(snapshot.events.flatMap((e) => e.locationIds));
    return snapshot.locations.filter((l) => named.has(l.id));
  });
  const page = pageOf(
    inTime.filter((e) => (!kind || e.kind === kind) && (!location || e.locationIds.includes(location))),
    PageNumber.parse(query.page),
  );
  const events = page.items.map((e) => summarizeEvent(e, snapshot));
  return (
    <>
      <h1>{t.eventsPage.title}</h1>
      <p className="lede">{t.eventsPage.lede}</p>
      <form method="get" action={localizedPath(locale, "/events")} className={styles.form}>
        <FilterSelect label={t.eventsPage.kind} name="kind" value={kind} options={eventKinds.map((k) => ({ value: k, label: t.eventKind[k] }))} />
        <FilterSelect label={t.table.place} name="location" value={location} options={places.map((l) => ({ value: l.id, label: placeName(l) }))} />
        <button type="submit">{t.filters.apply}</button>
      </form>
      <EventTimeline events={events} />
      <Pagination page={page.page} pages={page.pages} pathname="/events" query={{ kind, location }} />
    </>
  );
}
