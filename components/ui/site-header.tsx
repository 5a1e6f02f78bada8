import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { SiteNav } from "./site-nav";
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
        <SiteNav labels={t.app.nav} label={t.app.navLabel} />
        <LanguageSwitch label={t.app.language} />
      </div>
    </header>
  );
}
