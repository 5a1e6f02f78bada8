import { getMessages } from "@/lib/i18n/messages";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { currentLocale } from "@/lib/i18n/current-locale";
import { Link } from "@/lib/i18n/navigation";
import { situationPath } from "@/lib/situations/page-situation";

/** Where a situation's data goes out: the data package to download, email alerts and the feed of its changes. */
export function SituationData({ situationId }: { situationId: string }) {
  const t = getMessages();
  const id = encodeURIComponent(situationId);
  return (
    <section aria-labelledby="data-heading" className="screen-only">
      <h2 id="data-heading">{t.overview.dataHeading}</h2>
      <ul>
        <li>
          {/* Files, not pages: plain links. */}
          <a href={`/api/situations/${id}/package.zip?lang=${currentLocale()}`} download>
            {t.overview.packageLink}
          </a>{" "}
          <span className="muted">{t.overview.packageNote}</span>
        </li>
        <li>
          <Link href={situationPath(situationId, "/subscribe")}>{getOutgoingMessages().subscribe.link}</Link>
        </li>
        <li>
          <a href={`/changes.atom?situation=${id}`}>{t.overview.feedLink}</a>
        </li>
      </ul>
    </section>
  );
}
