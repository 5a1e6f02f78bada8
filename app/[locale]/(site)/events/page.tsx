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
import { scopedSnapshot } from "@/lib/situations/scope";
import { situationShortTitle } from "@/lib/situations/texts";

export const generateMetadata = metadataAt("/events", () => ({ title: getMessages().eventsPage.title }));

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function EventsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string; location?: string; situation?: string; page?: string }>;
}) {
  const locale = await enterLocale(params);
  const t = getMessages();
  const query = await searchParams;
  const kind = EventKind.safeParse(query.kind).data;
  const whole = await pageSnapshot();
  // One situation's accounts, or every situation's.
  const situation = query.situation && whole.situationsById.has(query.situation) ? query.situation : undefined;
  const snapshot = (situation && scopedSnapshot(whole, situation)) || whole;
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
        {whole.situations.length > 1 && (
          <FilterSelect label={t.table.situation} name="situation" value={situation} options={whole.situations.map((s) => ({ value: s.id, label: situationShortTitle(s) }))} />
        )}
        <FilterSelect label={t.eventsPage.kind} name="kind" value={kind} options={eventKinds.map((k) => ({ value: k, label: t.eventKind[k] }))} />
        <FilterSelect label={t.table.place} name="location" value={location} options={places.map((l) => ({ value: l.id, label: placeName(l) }))} />
        <button type="submit">{t.filters.apply}</button>
      </form>
      <EventTimeline events={events} />
      <Pagination page={page.page} pages={page.pages} pathname="/events" query={{ situation, kind, location }} />
    </>
  );
}
