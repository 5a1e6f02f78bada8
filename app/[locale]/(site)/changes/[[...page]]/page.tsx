import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeList } from "@/components/staff/change-list";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/lib/db";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { loadChanges } from "@/lib/queries/changes";
import { pageSnapshot } from "@/lib/queries/page-snapshot";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = (await params).page ?? [];
  return localizedMetadata(params, ["/changes", ...page].join("/"), () => ({
    title: getStaffMessages().changes.title,
    alternates: { types: { "application/atom+xml": "/changes.atom" } },
  }));
}

// Public and the same for everyone: rendered on first visit and kept per data version; /changes/2 is the next page.
export function generateStaticParams() {
  return [];
}

export default async function ChangesPage({ params }: Props) {
  await enterLocale(params);
  const segments = (await params).page ?? [];
  const asked = segments.length === 0 ? 1 : segments.length === 1 && /^[1-9]\d*$/.test(segments[0]) ? Number(segments[0]) : null;
  if (asked === null) notFound();
  const s = getStaffMessages().changes;
  const { entries, pages } = await loadChanges(await getDb(), await pageSnapshot(), asked);
  if (asked > pages) notFound();
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lede">
        {s.lede} <a href="/changes.atom">{s.feed}</a>
      </p>
      <ChangeList entries={entries} />
      <Pagination page={asked} pages={pages} hrefFor={(n) => (n === 1 ? "/changes" : `/changes/${n}`)} />
    </>
  );
}
