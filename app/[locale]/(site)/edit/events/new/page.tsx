import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveRecord } from "@/lib/forms/actions/record";
import { eventFields } from "@/lib/forms/record-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { todayIso } from "@/lib/format/dates";
import { defaultSituationOf } from "@/lib/situations/membership";

export const generateMetadata = metadataAt("/edit/events/new", () => ({ title: getStaffMessages().event.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function NewEventPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/events/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  return (
    <>
      <h1>{s.event.newTitle}</h1>
      <RecordForm
        specs={eventFields(snapshot)}
        action={saveRecord.bind(null, { locale, entity: "event" })}
        // An account of what happened, as staff add them while it happens: today, at the default situation's places.
        initialValues={{ date: todayIso(), quoteLanguage: "en", locationIds: defaultSituationOf(snapshot.situations)?.placeIds ?? [] }}
        reasonLabel={s.form.reasonNew}
        submitLabel={s.form.save}
      />
    </>
  );
}
