import type { Metadata } from "next";
import { MapSection } from "@/components/map/map-section";
import { getMessages } from "@/lib/i18n/messages";
import { shadeIndicators, type ShadeIndicator } from "@/lib/map/map-model";
import { mapModel } from "@/lib/queries/map";
import { pageSnapshot } from "@/lib/queries/page-snapshot";

export const metadata: Metadata = { title: getMessages().map.heading };

export default async function MapPage({ searchParams }: { searchParams: Promise<{ indicator?: string }> }) {
  const t = getMessages();
  const { indicator } = await searchParams;
  const initial = shadeIndicators.includes(indicator as ShadeIndicator) ? (indicator as ShadeIndicator) : "displaced";
  return (
    <>
      <h1>{t.map.mapTitle}</h1>
      <MapSection model={mapModel(await pageSnapshot())} indicator={initial} placesOpen />
    </>
  );
}
