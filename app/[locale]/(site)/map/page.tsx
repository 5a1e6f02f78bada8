import type { Metadata } from "next";
import { MapSection } from "@/components/map/map-section";
import { getMessages } from "@/lib/i18n/messages";
import { mapModel } from "@/lib/queries/map";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return localizedMetadata(params, "/map", () => ({ title: getMessages().map.heading }));
}

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
