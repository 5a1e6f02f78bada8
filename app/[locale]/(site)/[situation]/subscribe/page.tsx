import { Link } from "@/lib/i18n/navigation";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { emailAlertsOn } from "@/lib/alerts/send-email";
import { subscribeAction } from "@/lib/forms/actions/subscribe";
import { getMessages } from "@/lib/i18n/messages";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { placeNameOf } from "@/lib/i18n/place-name";
import { situationMetadataAt } from "@/lib/i18n/page-metadata";
import { enterSituation, situationPath, type SituationParams } from "@/lib/situations/page-situation";
import { situationShortTitle } from "@/lib/situations/texts";

export const generateMetadata = situationMetadataAt("/subscribe", ({ situation }) => ({ title: getOutgoingMessages().subscribe.title(situationShortTitle(situation)) }));

/** A reader asks for an email when the figures they follow change: the situation's headline figures and places to choose from. */
export default async function SubscribePage({ params }: { params: SituationParams }) {
  const { locale, snapshot } = await enterSituation(params);
  const { situation } = snapshot;
  const t = getMessages();
  const s = getOutgoingMessages().subscribe;
  const title = situationShortTitle(situation);
  const choices = {
    indicators: [...new Set(situation.headline.map((h) => h.indicator))].map((id) => ({ id, name: t.indicator[id] })),
    places: situation.placeIds.map((id) => ({ id, name: placeNameOf(snapshot.locationsById, id) })),
  };
  return (
    <>
      <h1>{s.title(title)}</h1>
      <p className="lede">{s.lede}</p>
      {emailAlertsOn() ? (
        <SubscribeForm
          action={subscribeAction.bind(null, { locale, situationId: situation.id })}
          choices={choices}
          texts={{ email: s.email, kinds: s.kinds, kind: s.kind, indicators: s.indicators, places: s.places, digest: s.digest, digests: s.digests, submit: s.submit, sent: s.sent }}
        />
      ) : (
        <p role="status">{s.off}</p>
      )}
      <p>
        <Link href={situationPath(situation.id)}>{s.backTo(title)}</Link>
      </p>
    </>
  );
}
