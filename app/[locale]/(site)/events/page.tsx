import type { Metadata } from "next";
import { EventTimeline } from "@/components/events/event-timeline";
import styles from "@/components/figures/figure-filter-form.module.css";
import { FilterSelect } from "@/components/ui/filter-select";
import { getMessages } from "@/lib/i18n/messages";
import { EventKind, eventKinds } from "@/lib/model";
import { sortEventsInTime } from "@/lib/events/order";
import { summarizeEvent } from "@/lib/queries/event-summary";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: getMessages().eventsPage.title };

// Rendered per request: it reads the address's query (lib/http/page-kinds.ts lists such pages for the proxy).
export const dynamic = "force-dynamic";

export default async function EventsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string; location?: string }>;
}) {
  await enterLocale(params);
  const t = getMessages();
  const query = await searchParams;
  const kind = EventKind.safeParse(query.kind).data;
  const snapshot = await pageSnapshot();
  const location = query.location && snapshot.locationsById.has(query.location) ? query.location : undefined;
  const places = snapshot.locations.filter((l) => snapshot.events.some((e) => e.locationIds.includes(l.id)));
  const events = sortEventsInTime(snapshot.events)
    .filter((e) => (!kind || e.kind === kind) && (!location || e.locationIds.includes(location)))
    .map((e) => summarizeEvent(e, snapshot));
  return (
    <>
      <h1>{t.eventsPage.title}</h1>
      <p className="lede">{t.eventsPage.lede}</p>
      <form method="get" action="/events" className={styles.form}>
        <FilterSelect label={t.eventsPage.kind} name="kind" value={kind} options={eventKinds.map((k) => ({ value: k, label: t.eventKind[k] }))} />
        <FilterSelect label={t.table.place} name="location" value={location} options={places.map((l) => ({ value: l.id, label: l.name }))} />
        <button type="submit">{t.filters.apply}</button>
      </form>
      <EventTimeline events={events} />
    </>
  );
}
