"use client";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { Link } from "@/lib/i18n/navigation";
import { useMemo, useState } from "react";
import { MapContainer, Marker, Polygon, Polyline, Popup, TileLayer, Tooltip } from "react-leaflet";
import { whenText } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { shadeIndicators, type MapModel, type ShadeIndicator } from "@/lib/map/map-model";
import { MapLegend } from "./map-legend";
import { IndicatorSwitch } from "./indicator-switch";
import { MapDownloadButton } from "./map-download-button";
import styles from "./aleppo-map.module.css";

const statusSymbol = { attacked: "!", "out-of-service": "×", overcrowded: "+", occupied: "■", "evacuation-called": "↗", evacuated: "→" } as const;

/** No tiles by default: the vector layers are the map, and they need no network. Optional tiles come through our server. */
/** The shading the address asks for (?indicator=killed), read in the browser so the page itself stays cacheable. */
function indicatorFromAddress(fallback: ShadeIndicator): ShadeIndicator {
  const asked = new URLSearchParams(window.location.search).get("indicator");
  return shadeIndicators.includes(asked as ShadeIndicator) ? (asked as ShadeIndicator) : fallback;
}

export default function AleppoMap({ model, initialIndicator, followAddress }: { model: MapModel; initialIndicator: ShadeIndicator; followAddress: boolean }) {
  const t = getMessages();
  // This component only ever renders in the browser (dynamic, ssr: false), so the address can be read at once.
  const [indicator, setIndicatorState] = useState(() => (followAddress ? indicatorFromAddress(initialIndicator) : initialIndicator));
  const setIndicator = (next: ShadeIndicator) => {
    setIndicatorState(next);
    if (!followAddress) return;
    const url = new URL(window.location.href);
    url.searchParams.set("indicator", next);
    window.history.replaceState(window.history.state, "", url);
  };
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const touch = typeof window !== "undefined" && window.matchMedia("(pointer: coarse)").matches;
  const narrow = typeof window !== "undefined" && window.matchMedia("(max-width: 40rem)").matches;
  const hospitalStatus = model.hospital?.status;
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
    <div className={styles.wrapper}>
      <IndicatorSwitch value={indicator} onChange={setIndicator} />
      <MapContainer
        bounds={narrow ? model.areaBounds : model.bounds}
        boundsOptions={{ padding: [24, 24] }}
        className={styles.map}
        scrollWheelZoom={false}
        // One finger scrolls the page on phones; the zoom buttons and pinch still work.
        dragging={!touch}
        keyboard
        attributionControl
        ref={(map) => {
          map?.attributionControl.setPrefix(t.map.attributionPrefix);
        }}
        aria-label={t.map.ariaLabel}
      >
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
                      {whenText(e)}:{" "}
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
      <MapLegend shading={shading} />
      <MapDownloadButton model={model} indicator={indicator} />
    </div>
  );
}
