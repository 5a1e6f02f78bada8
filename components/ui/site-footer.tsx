import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  const t = getMessages();
  return (
    <footer className={styles.footer}>
      <p>{t.footer.claimsNotFacts}</p>
      <p className="screen-only">
        {t.footer.data}:{" "}
        <a href="/api/figures?format=csv" download>
          {t.footer.csv}
        </a>{" "}
        ·{" "}
        {/* A data file, not a page: a plain link. (The rule mistakes /api routes for pages.) */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/locations">{t.footer.geojson}</a> · <Link href="/changes">{t.footer.changes}</Link> (<a href="/changes.atom">{t.footer.changesFeed}</a>)
      </p>
      <p className="screen-only">
        <Link href="/sign-in">{t.footer.staff}</Link>
      </p>
    </footer>
  );
}
