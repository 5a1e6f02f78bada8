import Link from "next/link";
import { getMessages } from "@/lib/i18n/messages";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = getMessages();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          {t.app.name}
          <span className={styles.tagline}>{t.app.tagline}</span>
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            <li>
              <Link href="/">{t.app.nav.overview}</Link>
            </li>
            <li>
              <Link href="/map">{t.app.nav.map}</Link>
            </li>
            <li>
              <Link href="/charts">{t.app.nav.charts}</Link>
            </li>
            <li>
              <Link href="/events">{t.app.nav.timeline}</Link>
            </li>
            <li>
              <Link href="/figures">{t.app.nav.figures}</Link>
            </li>
            <li>
              <Link href="/sources">{t.app.nav.sources}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
