"use client";
import dynamic from "next/dynamic";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import styles from "./aleppo-map.module.css";

// Leaflet touches window at import: load it in the browser only, after the page's figures.
const AleppoMap = dynamic(() => import("./aleppo-map"), {
  ssr: false,
  loading: () => <div className={styles.map} aria-hidden="true" />,
});

export function MapLoader(props: { model: MapModel; initialIndicator: ShadeIndicator; followAddress: boolean }) {
  return <AleppoMap {...props} />;
}
