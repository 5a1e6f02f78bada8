import { MapSection } from "@/components/map/map-section";
import { getMessages } from "@/lib/i18n/messages";
import { mapModel } from "@/lib/queries/map";
import { situationMetadataAt } from "@/lib/i18n/page-metadata";
import { enterSituation, type SituationParams } from "@/lib/situations/page-situation";

export const generateMetadata = situationMetadataAt("/map", () => ({ title: getMessages().map.heading }));

export default async function MapPage({ params }: { params: SituationParams }) {
  const { snapshot } = await enterSituation(params);
  const model = mapModel(snapshot, { otherPlaces: true });
  return (
    <>
      <h1>{model.title}</h1>
      <MapSection model={model} placesOpen followAddress />
    </>
  );
}
