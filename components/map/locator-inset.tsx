import { getMessages } from "@/lib/i18n/messages";
import type { MapModel } from "@/lib/map/map-model";
import styles from "./map-section.module.css";

export function LocatorInset({ inset }: { inset: NonNullable<MapModel["inset"]> }) {
  const t = getMessages();
  return (
    <figure className={styles.inset}>
      <svg viewBox={`0 0 ${inset.width} ${inset.height}`} width={inset.width} height={inset.height} role="img" aria-labelledby="inset-caption" direction="ltr">
        <defs>
          <marker id="inset-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" fill="#1b1f24" />
          </marker>
        </defs>
        <path d={inset.countryPath} fill="#e6e9ed" stroke="#4a5360" strokeWidth="1" />
        {inset.arrow && <line {...inset.arrow} stroke="#1b1f24" strokeWidth="1.5" strokeDasharray="3 3" markerEnd="url(#inset-arrow)" />}
        <circle cx={inset.point.x} cy={inset.point.y} r="4" fill="#D55E00" stroke="#1b1f24" />
        <text x={inset.point.x - 6} y={inset.point.y - 7} fontSize="11" textAnchor="end" fill="#1b1f24">
          {inset.placeName}
        </text>
      </svg>
      <figcaption id="inset-caption">{t.map.insetCaption(inset.countryName, inset.placeName, Boolean(inset.arrow))}</figcaption>
    </figure>
  );
}
