"use client";
import { useMessages } from "@/lib/i18n/use-messages";
import type { ShadeIndicator } from "@/lib/map/map-model";
import styles from "./situation-map.module.css";

export function IndicatorSwitch({ indicators, value, onChange }: { indicators: ShadeIndicator[]; value: ShadeIndicator; onChange: (i: ShadeIndicator) => void }) {
  const t = useMessages();
  return (
    <fieldset className={`${styles.switch} needs-js`}>
      <legend>{t.map.shadeBy}</legend>
      {indicators.map((indicator) => (
        <label key={indicator}>
          <input type="radio" name="map-indicator" value={indicator} checked={value === indicator} onChange={() => onChange(indicator)} />{" "}
          {t.indicator[indicator]}
        </label>
      ))}
    </fieldset>
  );
}
