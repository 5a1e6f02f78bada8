import { SituationCard } from "@/components/situations/situation-card";
import { getMessages } from "@/lib/i18n/messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { situationListings } from "@/lib/situations/situation-list";
import styles from "@/components/situations/situation-index.module.css";

export const generateMetadata = metadataAt("/", () => ({ title: getMessages().index.title }));

/** Every situation Sitrep follows, active first, each with its headline figures and their sources. */
export default async function SituationIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const t = getMessages();
  const listings = await situationListings();
  return (
    <>
      <h1>{t.index.title}</h1>
      <p className="lede">{t.index.lede}</p>
      {listings.length ? (
        <div className={styles.list}>
          {listings.map((situation) => (
            <SituationCard key={situation.id} situation={situation} />
          ))}
        </div>
      ) : (
        <p>{t.index.none}</p>
      )}
    </>
  );
}
