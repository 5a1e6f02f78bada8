"use client";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { Link } from "@/lib/i18n/navigation";
import { useMemo } from "react";
import { AttributionControl, CircleMarker, MapContainer, Marker, Polygon, Polyline, Popup, ScaleControl, TileLayer, Tooltip, ZoomControl } from "react-leaflet";
import { whenText } from "@/lib/format/when-text";
import { useMessages } from "@/lib/i18n/use-messages";
import type { MapFacility, MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { ContextLayer } from "./context-layer";
import styles from "./situation-map.module.css";
import { Bidi } from "@/components/ui/bidi";

const statusSymbol = { attacked: "!", "out-of-service": "×", overcrowded: "+", occupied: "■", "evacuation-called": "↗", evacuated: "→" } as const;

function FacilityMarker({ facility }: { facility: MapFacility }) {
  const t = useMessages();
  const icon = useMemo(
    () =>
      L.divIcon({
        className: styles.facilityIcon,
        html: `<span aria-hidden="true">${facility.status ? statusSymbol[facility.status] : "+"}</span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      }),
    [facility.status],
  );
  const status = facility.status ? t.facilityStatus[facility.status] : undefined;
  return (
    <Marker position={facility.position} icon={icon} title={status ? `${facility.name}: ${status}` : facility.name}>
      <Tooltip permanent direction="right" offset={[14, 0]} className={`${styles.label} ${styles.secondaryLabel}`}>
        {facility.name}
        {status && `: ${status}`}
      </Tooltip>
      <Popup>
        <div className={styles.popup}>
          <strong>{facility.name}</strong>
          <ol className={styles.events}>
            {facility.statusEvents.map((e) => (
              <li key={e.id}>
                {whenText(e, t)}: <Link href={e.href}>{e.facilityStatus ? t.facilityStatus[e.facilityStatus] : e.title}</Link> ({e.sourceShort})
              </li>
            ))}
          </ol>
          {facility.approximate && <p className={styles.small}>{t.map.approximatePosition}</p>}
        </div>
      </Popup>
    </Marker>
  );
}

/**
 * The Leaflet drawing alone; the switch, legend and downloads around it are rendered with the page
 * (map-widget.tsx). No tiles by default: the vector layers are the map, and they need no network.
 * Optional tiles come through our server.
 */
export default function SituationMap({ model, indicator }: { model: MapModel; indicator: ShadeIndicator }) {
  const t = useMessages();
  // Right to left, the controls swap corners; labels stay where the geography puts them.
  const rtl = t.dir === "rtl";
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const touch = typeof window !== "undefined" && window.matchMedia("(pointer: coarse)").matches;
  const narrow = typeof window !== "undefined" && window.matchMedia("(max-width: 40rem)").matches;
  // Hundreds of other places are drawn on one canvas, not as hundreds of DOM nodes, so the map stays responsive.
  const canvas = useMemo(() => L.canvas({ padding: 0.5 }), []);
  const attribution = [t.map.attributionPrefix, model.context?.shortCredit].filter(Boolean).join(" | ");

  return (
    <MapContainer
      bounds={narrow ? model.areaBounds : model.bounds}
      boundsOptions={{ padding: [24, 24] }}
      className={styles.map}
      scrollWheelZoom={false}
      // One finger scrolls the page on phones; the zoom buttons and pinch still work.
      dragging={!touch}
      keyboard
      zoomControl={false}
      attributionControl={false}
      aria-label={t.map.ariaLabel(model.placesText)}
    >
      <ZoomControl position={rtl ? "topright" : "topleft"} zoomInTitle={t.map.zoomIn} zoomOutTitle={t.map.zoomOut} />
      <AttributionControl position={rtl ? "bottomleft" : "bottomright"} prefix={attribution} />
      <ScaleControl position={rtl ? "bottomright" : "bottomleft"} imperial={false} />
      {model.tiles && <TileLayer url="/tiles/{z}/{x}/{y}" attribution={model.tiles.attribution} />}
      {model.context && <ContextLayer context={model.context} exclude={model.areas.map((a) => a.name)} />}
      {/* One shape for all the situation's places: sources count them together, so the shade covers them as one area. */}
      {shading && (
        <Polygon
          positions={model.areas.flatMap((area) => area.outlines)}
          pathOptions={{ stroke: false, fillColor: shading.figure ? shading.colour : "#ffffff", fillOpacity: shading.figure ? 0.45 : 0.1 }}
          eventHandlers={{ add: (e) => e.target.getElement()?.setAttribute("data-shaded", shading.indicator) }}
        >
          <Popup>
            <div className={styles.popup}>
              <strong>{model.areasText}</strong>
              {shading.figure ? (
                <p>
                  {t.indicator[shading.indicator]}: <strong>{<Bidi text={shading.figure.valueText} />}</strong> ({shading.figure.placeText} {t.map.together}) ·{" "}
                  {shading.figure.sourceShort}
                  {shading.figure.viaShort && `, ${t.figure.via.toLowerCase()} ${shading.figure.viaShort}`}
                  <br />
                  <Link href={shading.figure.href}>{t.overview.viewSource}</Link>
                </p>
              ) : (
                <p>{t.map.noFigure}</p>
              )}
              <p className={styles.small}>{t.map.approximateShape}</p>
            </div>
          </Popup>
        </Polygon>
      )}
      {model.areas.map((area) => (
        <Polygon
          key={area.id}
          positions={area.outlines}
          interactive={false}
          // Every vertex the data holds, unsimplified and unclipped: the shape is the source's, not a screen's approximation.
          smoothFactor={0}
          noClip
          pathOptions={{ color: "#1b1f24", weight: 2, dashArray: "6 4", fill: false }}
          eventHandlers={{ add: (e) => e.target.getElement()?.setAttribute("data-area", area.id) }}
        >
          {/* Labels sit above the centre, where a facility's marker may stand. */}
          <Tooltip permanent direction="top" offset={[0, -14]} className={styles.label}>
            {area.name}
          </Tooltip>
        </Polygon>
      ))}
      {model.otherPlaces.map((place) => (
        <CircleMarker
          key={place.id}
          center={place.position}
          radius={5}
          // The renderer is fixed when the marker is made: a path option set later would leave it on SVG.
          renderer={canvas}
          pathOptions={{ color: "#1b1f24", weight: 1, fillColor: "#ffffff", fillOpacity: 0.8 }}
        >
          <Popup>
            <div className={styles.popup}>
              <strong>{place.name}</strong>
              <p>
                <Link href={`/figures?location=${place.id}`}>{t.map.claimsAt(place.claims)}</Link>
              </p>
            </div>
          </Popup>
        </CircleMarker>
      ))}
      {model.route && (
        <Polyline
          positions={model.route.positions}
          pathOptions={{ color: "#1b1f24", weight: 3, dashArray: "2 8" }}
          eventHandlers={{ add: (e) => e.target.getElement()?.setAttribute("data-route", model.route?.id ?? "") }}
        >
          <Tooltip permanent direction="right" className={`${styles.label} ${styles.secondaryLabel}`}>
            {t.map.directionOnly(model.route.name)}
          </Tooltip>
          <Popup>
            <div className={styles.popup}>
              <strong>{model.route.name}</strong>
              <p className={styles.small}>{model.route.geometrySource}</p>
            </div>
          </Popup>
        </Polyline>
      )}
      {model.facilities.map((facility) => (
        <FacilityMarker key={facility.id} facility={facility} />
      ))}
    </MapContainer>
  );
}
