"use client";
import type { Overview } from "@/lib/queries/overview";
import { useOverview } from "@/lib/swr/use-overview";
import { HeadlineCard } from "./headline-card";
import { HospitalCard } from "./hospital-card";
import styles from "./live-headline-cards.module.css";

/** Server-rendered with the page's data, so it reads without JavaScript; SWR keeps it fresh after. */
export function LiveHeadlineCards({ initial }: { initial: Overview }) {
  const { data } = useOverview(initial);
  const overview = data ?? initial;
  return (
    <div className={styles.grid}>
      {overview.cards.map((card) => (
        <HeadlineCard key={card.key} card={card} />
      ))}
      {overview.hospital && <HospitalCard card={overview.hospital} />}
    </div>
  );
}
