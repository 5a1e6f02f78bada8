"use client";
import dynamic from "next/dynamic";
import { useRef, useState, useSyncExternalStore } from "react";
import { useNearViewport } from "@/lib/hooks/use-near-viewport";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { IndicatorSwitch } from "./indicator-switch";
import { MapDownloadButton } from "./map-download-button";
import { MapLegend } from "./map-legend";
import styles from "./situation-map.module.css";

// Leaflet touches window at import: only the drawing loads in the browser, when the reader nears it.
// Everything around it is rendered with the page, so nothing moves when it arrives.
const SituationMap = dynamic(() => import("./situation-map"), {
  ssr: false,
  loading: () => <div className={styles.map} aria-hidden="true" />,
});

/** The shading the address asks for (?indicator=killed), read in the browser so the page itself stays cacheable. */
function indicatorFromAddress(model: MapModel): ShadeIndicator | null {
  const asked = new URLSearchParams(window.location.search).get("indicator");
  return model.shading.find((s) => s.indicator === asked)?.indicator ?? null;
}

// The address changes only through setIndicator below, which also sets the chosen shading.
const noSubscription = () => () => {};

export function MapWidget({ model, initialIndicator, followAddress }: { model: MapModel; initialIndicator: ShadeIndicator; followAddress: boolean }) {
  const [chosen, setChosen] = useState<ShadeIndicator | null>(null);
  const asked = useSyncExternalStore(
    noSubscription,
    () => (followAddress ? indicatorFromAddress(model) : null),
    () => null,
  );
  const indicator = chosen ?? asked ?? (model.shading.some((s) => s.indicator === initialIndicator) ? initialIndicator : model.shading[0]?.indicator);
  const drawingRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(drawingRef);

  const setIndicator = (next: ShadeIndicator) => {
    setChosen(next);
    if (!followAddress) return;
    const url = new URL(window.location.href);
    url.searchParams.set("indicator", next);
    window.history.replaceState(window.history.state, "", url);
  };
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];

  return (
    <div className={styles.wrapper}>
      {model.shading.length > 1 && indicator && <IndicatorSwitch indicators={model.shading.map((s) => s.indicator)} value={indicator} onChange={setIndicator} />}
      <div ref={drawingRef}>{near ? <SituationMap model={model} indicator={indicator} /> : <div className={styles.map} aria-hidden="true" />}</div>
      {shading && <MapLegend shading={shading} places={model.areasText} areas={model.areas.length} />}
      <MapDownloadButton model={model} indicator={indicator} />
    </div>
  );
}
