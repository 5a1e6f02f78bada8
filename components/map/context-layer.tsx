"use client";
import type { FeatureCollection, MultiPolygon } from "geojson";
import { useEffect, useMemo, useState } from "react";
import { GeoJSON, useMapEvents } from "react-leaflet";
import { useMessages } from "@/lib/i18n/use-messages";
import type { MapContext } from "@/lib/map/map-model";
import styles from "./situation-map.module.css";

type ContextShapes = FeatureCollection<MultiPolygon, { name: string; nameAr?: string; ref?: number }>;

/** Names of the context shapes show from this zoom on: at city scale they would cover the map. */
const LABEL_ZOOM = 14;

/**
 * The shapes around the situation's places, drawn faintly with their names
 * so a reader sees where in the city they are. Fetched when the map draws,
 * not sent with the page; nothing on the map depends on them.
 */
export function ContextLayer({ context, exclude }: { context: MapContext; exclude: string[] }) {
  const t = useMessages();
  const [shapes, setShapes] = useState<ContextShapes | null>(null);
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  useEffect(() => {
    const controller = new AbortController();
    fetch(context.url, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: ContextShapes | null) => body && setShapes(body))
      .catch(() => {});
    return () => controller.abort();
  }, [context.url]);
  const nameOf = useMemo(() => (p: ContextShapes["features"][number]["properties"]) => (t.locale === "ar" && p.nameAr) || p.name, [t.locale]);
  if (!shapes) return null;
  const showNames = (zoom ?? map.getZoom()) >= LABEL_ZOOM;
  const excluded = exclude.map((name) => name.toLowerCase());
  return (
    <GeoJSON
      // A new key redraws the layer when the names appear or go.
      key={String(showNames)}
      data={shapes}
      interactive={false}
      style={{ color: "#8a939e", weight: 1, fill: true, fillColor: "#ffffff", fillOpacity: 0.35 }}
      onEachFeature={(feature, layer) => {
        layer.on("add", () => (layer as unknown as { getElement?: () => Element | undefined }).getElement?.()?.setAttribute("data-context", context.layer));
        const name = nameOf(feature.properties);
        // The situation's own places carry their own labels.
        if (!showNames || excluded.some((own) => feature.properties.name.toLowerCase().includes(own))) return;
        layer.bindTooltip(name, { permanent: true, direction: "center", className: styles.contextLabel });
      }}
    />
  );
}
