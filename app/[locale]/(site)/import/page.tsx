import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { ImportForm } from "@/components/staff/import-form";
import { requireStaff } from "@/lib/auth/page-session";
import { importAction } from "@/lib/forms/actions/import";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/import", () => ({ title: getStaffMessages().import.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/import`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages().import;
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lede">
        {s.lede}{" "}
        {/* A data file, not a page: a plain link. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/figures?format=csv">CSV</a>
      </p>
      <ImportForm action={importAction} />
    </>
  );
}
