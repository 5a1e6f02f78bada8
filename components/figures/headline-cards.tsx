import type { Overview } from "@/lib/queries/overview";
import { HeadlineCard } from "./headline-card";
import { FacilityCard } from "./facility-card";
import styles from "./headline-cards.module.css";

/** The headline figures, rendered on the server: they read without JavaScript, and open pages follow new data versions. */
export function HeadlineCards({ overview }: { overview: Overview }) {
  return (
    <div className={styles.grid}>
      {overview.cards.map((card) => (
        <HeadlineCard key={card.key} card={card} />
      ))}
      {overview.facilities.map((facility) => (
        <FacilityCard key={facility.locationId} card={facility} />
      ))}
    </div>
  );
}
