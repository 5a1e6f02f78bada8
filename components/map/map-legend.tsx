"use client";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { useMessages } from "@/lib/i18n/use-messages";
import type { MapShading } from "@/lib/map/map-model";
import { NewSince } from "@/components/live/new-since";
import styles from "./situation-map.module.css";
import { Bidi } from "@/components/ui/bidi";

/** States the figure behind the shading, its qualifier and its source, not just a colour. */
export function MapLegend({ shading, places, areas }: { shading: MapShading; places: string; areas: number }) {
  const t = useMessages();
  const { figure } = shading;
  return (
    <div className={styles.legend} aria-live="polite">
      <span className={styles.swatch} style={{ background: shading.colour }} aria-hidden="true" />
      {figure ? (
        <span>
          {t.indicator[shading.indicator]}: <strong>{<Bidi text={figure.valueText} />}</strong> ({figure.placeText} {t.map.together}), {figure.sourceShort}
          {figure.viaShort && ` ${t.figure.via.toLowerCase()} ${figure.viaShort}`}
          {figure.reportedAt && `, ${formatDate(figure.reportedAt, t.locale)}`}. <Link href={figure.href}>{t.overview.viewSource}</Link>{" "}
          <NewSince changedIn={shading.changedIn ?? 0} />
          {areas > 1 && <span className={styles.together}> {t.map.shadedTogether(places)}</span>}
        </span>
      ) : (
        <span>{t.map.noFigure}</span>
      )}
    </div>
  );
}
