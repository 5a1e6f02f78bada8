"use client";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { Link } from "@/lib/i18n/navigation";
import { useMemo } from "react";
import { AttributionControl, CircleMarker, MapContainer, Marker, Polygon, Polyline, Popup, TileLayer, Tooltip, ZoomControl } from "react-leaflet";
import { whenText } from "@/lib/format/when-text";
import { useMessages } from "@/lib/i18n/use-messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import styles from "./aleppo-map.module.css";

const statusSymbol = { attacked: "!", "out-of-service": "×", overcrowded: "+", occupied: "■", "evacuation-called": "↗", evacuated: "→" } as const;

/**
 * The Leaflet drawing alone; the switch, legend and downloads around it are rendered with the page
 * (map-widget.tsx). No tiles by default: the vector layers are the map, and they need no network.
 * Optional tiles come through our server.
 */
export default function AleppoMap({ model, indicator }: { model: MapModel; indicator: ShadeIndicator }) {
  const t = useMessages();
  // Right to left, the controls swap corners; labels stay where the geography puts them.
  const rtl = t.dir === "rtl";
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const touch = typeof window !== "undefined" && window.matchMedia("(pointer: coarse)").matches;
  const narrow = typeof window !== "undefined" && window.matchMedia("(max-width: 40rem)").matches;
  const hospitalStatus = model.hospital?.status;
  // Hundreds of other places are drawn on one canvas, not as hundreds of DOM nodes, so the map stays responsive.
  const canvas = useMemo(() => L.canvas({ padding: 0.5 }), []);
  const hospitalIcon = useMemo(
    () =>
      L.divIcon({
        className: styles.hospitalIcon,
        html: `<span aria-hidden="true">${hospitalStatus ? statusSymbol[hospitalStatus] : "H"}</span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      }),
    [hospitalStatus],
  );

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
      aria-label={t.map.ariaLabel}
    >
      <ZoomControl position={rtl ? "topright" : "topleft"} zoomInTitle={t.map.zoomIn} zoomOutTitle={t.map.zoomOut} />
      <AttributionControl position={rtl ? "bottomleft" : "bottomright"} prefix={t.map.attributionPrefix} />
      {model.tiles && <TileLayer url="/tiles/{z}/{x}/{y}" attribution={model.tiles.attribution} />}
      {model.areas.map((area) => (
        <Polygon
          key={area.id}
          positions={area.positions}
          pathOptions={{
            color: "#1b1f24",
            weight: 2,
            dashArray: "6 4",
            fillColor: shading.figure ? shading.colour : "#ffffff",
            fillOpacity: shading.figure ? 0.45 : 0.1,
          }}
          eventHandlers={{ add: (e) => e.target.getElement()?.setAttribute("data-area", area.id) }}
        >
          {/* Labels sit above the centre, which the hospital marker occupies. */}
          <Tooltip permanent direction="top" offset={[0, -14]} className={styles.label}>
            {area.name}
          </Tooltip>
          <Popup>
            <div className={styles.popup}>
              <strong>{area.name}</strong>
              {shading.figure ? (
                <p>
                  {t.indicator[indicator]}: <strong>{shading.figure.valueText}</strong> ({shading.figure.placeText}{" "}
                  {t.map.together}) · {shading.figure.sourceShort}
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
            {t.map.routeLabelShort}
          </Tooltip>
          <Popup>
            <div className={styles.popup}>
              <strong>{model.route.name}</strong>
              <p className={styles.small}>{model.route.geometrySource}</p>
            </div>
          </Popup>
        </Polyline>
      )}
      {model.hospital && (
        <Marker position={model.hospital.position} icon={hospitalIcon} title={model.hospital.status ? `${model.hospital.name}: ${t.facilityStatus[model.hospital.status]}` : model.hospital.name}>
          <Tooltip permanent direction="right" offset={[14, 0]} className={`${styles.label} ${styles.secondaryLabel}`}>
            {model.hospital.name}
            {model.hospital.status && `: ${t.facilityStatus[model.hospital.status]}`}
          </Tooltip>
          <Popup>
            <div className={styles.popup}>
              <strong>{model.hospital.name}</strong>
              <ol className={styles.events}>
                {model.hospital.statusEvents.map((e) => (
                  <li key={e.id}>
                    {whenText(e, t)}:{" "}
                    <Link href={e.href}>{e.facilityStatus ? t.facilityStatus[e.facilityStatus] : e.title}</Link> ({e.sourceShort})
                  </li>
                ))}
              </ol>
              <p className={styles.small}>{t.map.approximateHospital}</p>
            </div>
          </Popup>
        </Marker>
      )}
    </MapContainer>
  );
}
