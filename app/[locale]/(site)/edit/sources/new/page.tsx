import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveRecord } from "@/lib/forms/actions/record";
import { sourceFields } from "@/lib/forms/record-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/edit/sources/new", () => ({ title: getStaffMessages().source.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function NewSourcePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/sources/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  return (
    <>
      <h1>{s.source.newTitle}</h1>
      <RecordForm specs={sourceFields(snapshot)} action={saveRecord.bind(null, { locale, entity: "source" })} reasonLabel={s.form.reasonNew} submitLabel={s.form.save} />
    </>
  );
}
