import { MapSection } from "@/components/map/map-section";
import { getMessages } from "@/lib/i18n/messages";
import { mapModel } from "@/lib/queries/map";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/map", () => ({ title: getMessages().map.heading }));

export default async function MapPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = getMessages();
  return (
    <>
      <h1>{t.map.mapTitle}</h1>
      <MapSection model={mapModel(await pageSnapshot(), { otherPlaces: true })} placesOpen followAddress />
    </>
  );
}
