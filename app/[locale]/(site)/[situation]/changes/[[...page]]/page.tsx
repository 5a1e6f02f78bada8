import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeList } from "@/components/staff/change-list";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { loadChanges } from "@/lib/queries/changes";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { enterSituation, situationPath } from "@/lib/situations/page-situation";
import { situationShortTitle } from "@/lib/situations/texts";

type Props = { params: Promise<{ locale: string; situation: string; page?: string[] }> };

const feedOf = (situationId: string) => `/changes.atom?situation=${encodeURIComponent(situationId)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { snapshot } = await enterSituation(params);
  const page = (await params).page ?? [];
  return localizedMetadata(params, situationPath(snapshot.situation.id, ["/changes", ...page].join("/")), () => ({
    title: `${getStaffMessages().changes.title}: ${situationShortTitle(snapshot.situation)}`,
    alternates: { types: { "application/atom+xml": feedOf(snapshot.situation.id) } },
  }));
}

// Public and the same for everyone: rendered on first visit and kept per data version.
export function generateStaticParams() {
  return [];
}

/** One situation's changes: its claims, accounts and places, and the situation itself. */
export default async function SituationChangesPage({ params }: Props) {
  const { snapshot } = await enterSituation(params);
  const segments = (await params).page ?? [];
  const asked = segments.length === 0 ? 1 : segments.length === 1 && /^[1-9]\d*$/.test(segments[0]) ? Number(segments[0]) : null;
  if (asked === null) notFound();
  const s = getStaffMessages().changes;
  const id = snapshot.situation.id;
  const { entries, pages } = await loadChanges(await getDb(), snapshot, asked, id);
  if (asked > Math.max(pages, 1)) notFound();
  return (
    <>
      <h1>
        {s.title}: {situationShortTitle(snapshot.situation)}
      </h1>
      <p className="lede">
        {s.lede} <a href={feedOf(id)}>{s.feed}</a>
      </p>
      <ChangeList entries={entries} />
      <Pagination page={asked} pages={pages} hrefFor={(n) => situationPath(id, n === 1 ? "/changes" : `/changes/${n}`)} />
    </>
  );
}
