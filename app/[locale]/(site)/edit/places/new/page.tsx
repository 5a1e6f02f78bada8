import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveRecord } from "@/lib/forms/actions/record";
import { placeFields } from "@/lib/forms/record-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/edit/places/new", () => ({ title: getStaffMessages().place.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function NewPlacePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/places/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  return (
    <>
      <h1>{s.place.newTitle}</h1>
      <RecordForm specs={placeFields(snapshot)} action={saveRecord.bind(null, { locale, entity: "location" })} reasonLabel={s.form.reasonNew} submitLabel={s.form.save} />
    </>
  );
}
