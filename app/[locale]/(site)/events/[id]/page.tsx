import { formatList } from "@/lib/format/list";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ClaimQuote } from "@/components/figures/claim-quote";
import { whenText } from "@/lib/format/when-text";
import { getMessages } from "@/lib/i18n/messages";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { placeNameOf } from "@/lib/i18n/place-name";
import { EditorsText, InLanguage } from "@/components/ui/editors-text";
import { eventTitle } from "@/lib/i18n/event-text";
import { summarizeEvent } from "@/lib/queries/event-summary";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit and kept per data version, like every cached page (lib/cache/README.md).
export function generateStaticParams() {
  return [];
}

async function load(id: string) {
  const snapshot = await pageSnapshot();
  const event = snapshot.eventsById.get(id);
  return event && { event, snapshot };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return localizedMetadata(params, `/events/${id}`, async () => {
    const found = await load(id);
    return { title: found ? eventTitle(found.event).text : getMessages().errors.notFound };
  });
}

export default async function EventPage({ params }: Props) {
  await enterLocale(params);
  const found = await load((await params).id);
  if (!found) notFound();
  const { event, snapshot } = found;
  // Title, description and the source's words for when, in the reader's language where translated.
  const summary = summarizeEvent(event, snapshot);
  const t = getMessages();
  const source = snapshot.sourcesById.get(event.sourceId);
  const via = event.via ? snapshot.sourcesById.get(event.via) : undefined;
  return (
    <>
      <p>
        <Link href="/events">{t.figure.backToTimeline}</Link>
      </p>
      <article className="panel">
        <p className="muted">
          {formatList(event.locationIds.map((id) => placeNameOf(snapshot.locationsById, id)))}
          {event.facilityStatus && <> · <span className="badge">{t.facilityStatus[event.facilityStatus]}</span></>}
        </p>
        <h1>
          <InLanguage lang={summary.titleLang}>{summary.title}</InLanguage>
        </h1>
        <p>
          <InLanguage lang={summary.descriptionLang}>{summary.description}</InLanguage>
        </p>
        <p>
          <strong>{whenText(summary, t)}</strong>
          {summary.date && summary.dayLabel && ` (${summary.dayLabel})`}
          . <EditorsText>{event.dateBasis}</EditorsText>
        </p>
        <h2>{t.figure.quoteHeading}</h2>
        <ClaimQuote quote={event.quote} quoteLanguage={event.quoteLanguage} translation={event.translation} url={event.url} />
        {event.url && (
          <p>
            <a href={event.url} rel="noreferrer">
              {t.figure.openPage}
            </a>
          </p>
        )}
        <h2>{t.figure.sourceHeading}</h2>
        <p>
          {source ? (
            <>
              <strong>{source.name}</strong> ({t.sourceKind[source.kind]}), {t.figure.reliability.toLowerCase()}{" "}
              <strong>{source.reliability}</strong>: <EditorsText>{source.reliabilityReason}</EditorsText>
            </>
          ) : (
            event.sourceId
          )}
        </p>
        {via && (
          <p>
            {t.figure.via}: {via.name}
          </p>
        )}
        {event.notes && (
          <p>
            <strong>{t.figure.notes}:</strong> <EditorsText>{event.notes}</EditorsText>
          </p>
        )}
      </article>
    </>
  );
}
