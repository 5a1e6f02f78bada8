"use client";
import { useParams } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import styles from "./site-header.module.css";

export interface SiteNavLabels {
  situations: string;
  overview: string;
  summary: string;
  map: string;
  charts: string;
  timeline: string;
  figures: string;
  sources: string;
}

/**
 * The site's links: the situation's own pages while the reader is in one
 * (its id is the address's second segment), then what every situation
 * shares. Reads the address, so the header around it stays one cached render.
 */
export function SiteNav({ labels, label }: { labels: SiteNavLabels; label: string }) {
  const situation = useParams<{ situation?: string }>()?.situation;
  const links = [
    { href: "/", text: labels.situations },
    ...(situation
      ? [
          { href: `/${situation}`, text: labels.overview },
          { href: `/${situation}/summary`, text: labels.summary },
          { href: `/${situation}/map`, text: labels.map },
          { href: `/${situation}/charts`, text: labels.charts },
          { href: `/events?situation=${situation}`, text: labels.timeline },
          { href: `/figures?situation=${situation}`, text: labels.figures },
        ]
      : []),
    { href: "/sources", text: labels.sources },
  ];
  return (
    <nav aria-label={label} className="screen-only">
      <ul className={styles.nav}>
        {links.map(({ href, text }) => (
          <li key={href}>
            <Link href={href}>{text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
