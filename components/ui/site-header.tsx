import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";

const links = [
  { href: "/", key: "overview" },
  { href: "/summary", key: "summary" },
  { href: "/map", key: "map" },
  { href: "/charts", key: "charts" },
  { href: "/events", key: "timeline" },
  { href: "/figures", key: "figures" },
  { href: "/sources", key: "sources" },
] as const;

export function SiteHeader() {
  const t = getMessages();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          {t.app.name}
          <span className={styles.tagline}>{t.app.tagline}</span>
        </Link>
        <nav aria-label={t.app.navLabel}>
          <ul className={styles.nav}>
            {links.map(({ href, key }) => (
              <li key={href}>
                <Link href={href}>{t.app.nav[key]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch label={t.app.language} />
      </div>
    </header>
  );
}
