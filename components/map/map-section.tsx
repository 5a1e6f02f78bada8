import { getMessages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { formatDate } from "@/lib/format/dates";
import { LocatorInset } from "./locator-inset";
import { MapWidget } from "./map-widget";
import { PlacesTable } from "./places-table";
import styles from "./map-section.module.css";
import { captionedMapSvg } from "@/lib/export/captioned-map-svg";
import { todayIso } from "@/lib/format/dates";

/** The one map wrapper: the map always comes with its sources, the disclaimer and a table alternative. */
export function MapSection({
  model,
  indicator = "displaced",
  placesOpen = false,
  followAddress = false,
}: {
  model: MapModel;
  indicator?: ShadeIndicator;
  placesOpen?: boolean;
  /** The map page keeps the shading in its address (?indicator=killed), so a view is a link. */
  followAddress?: boolean;
}) {
  const t = getMessages();
  return (
    <div className={styles.section}>
      {/* On paper, the map as the brief and its PDF draw it: vectors, whole, whatever was scrolled. Without its
          context layer, which would weigh on every reader's page for the sake of print. */}
      <div className={styles.printMap} dangerouslySetInnerHTML={{ __html: captionedMapSvg(model, indicator, todayIso(), t) }} />
      <div className={`${styles.mapAndInset} ${styles.screenMap}`}>
        <div className={styles.mapColumn}>
          <noscript>
            <p>{t.map.noScript}</p>
          </noscript>
          <MapWidget model={model} initialIndicator={indicator} followAddress={followAddress} />
        </div>
        {model.inset && <LocatorInset inset={model.inset} />}
      </div>
      <p className={styles.disclaimer}>
        <strong>{t.map.disclaimer}</strong> {t.map.sourcesLine(model.sources, model.relays)}
        {model.dataDate && ` ${t.map.dataAsOf(formatDate(model.dataDate))}`} {model.context && <span data-testid="map-credit">{model.context.credit} </span>}
        {t.map.attribution}
      </p>
      <details className={styles.places} open={placesOpen}>
        <summary>{t.map.placesSummary}</summary>
        <PlacesTable model={model} />
      </details>
    </div>
  );
}
