import { notFound } from "next/navigation";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { RecordHistory } from "@/components/staff/record-history";
import { requireStaff } from "@/lib/auth/page-session";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { placeNameOf } from "@/lib/i18n/place-name";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { summarizeEvent } from "@/lib/queries/event-summary";
import { situationTitle } from "@/lib/situations/texts";

type Props = { params: Promise<{ locale: string; entity: string; id: string }> };

/** The records whose history this page shows, each named as staff know it; a claim's history is on its edit page. */
const named: Record<string, (snapshot: Snapshot, id: string) => string | undefined> = {
  source: (snapshot, id) => snapshot.sourcesById.get(id)?.name,
  event: (snapshot, id) => {
    const event = snapshot.eventsById.get(id);
    return event && summarizeEvent(event, snapshot).title;
  },
  location: (snapshot, id) => (snapshot.locationsById.has(id) ? placeNameOf(snapshot.locationsById, id) : undefined),
  situation: (snapshot, id) => {
    const situation = snapshot.situationsById.get(id);
    return situation && situationTitle(situation);
  },
};

export async function generateMetadata({ params }: Props) {
  const { entity, id } = await params;
  return localizedMetadata(params, `/edit/history/${entity}/${id}`, () => ({ title: getStaffMessages().history.title(id), robots: { index: false } }));
}
export const dynamic = "force-dynamic";

/** A source's, account's, place's or situation's history, each change with its own revert (editors). */
export default async function RecordHistoryPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { entity, id } = await params;
  const here = `/${locale}/edit/history/${entity}/${id}`;
  const actor = await requireStaff("editor", locale, here);
  if (actor === "forbidden") return <ForbiddenNote />;
  const name = named[entity]?.(await currentSnapshot(), id);
  if (!name) notFound();
  return (
    <>
      <h1>{getStaffMessages().history.title(name)}</h1>
      <RecordHistory entity={entity} id={id} page={here} />
    </>
  );
}
