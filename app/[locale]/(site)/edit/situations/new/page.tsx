import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveSituation } from "@/lib/forms/actions/situation";
import { situationFields } from "@/lib/forms/situation-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/edit/situations/new", () => ({ title: getStaffMessages().situation.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

/** Opens a new situation (admins): no code, no restart, no import file. */
export default async function NewSituationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("admin", locale, `/${locale}/edit/situations/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  return (
    <>
      <h1>{s.situation.newTitle}</h1>
      <p className="lede">{s.situation.lede}</p>
      <RecordForm
        specs={situationFields(snapshot, { opening: true })}
        initialValues={{ status: "active", headline: ["displaced:all", "killed:all", "injured:all"], charts: ["casualties-by-group", "displaced-over-time", "killed-and-injured", "timeline"] }}
        action={saveSituation.bind(null, { locale })}
        reasonLabel={s.form.reasonNew}
        submitLabel={s.form.save}
      />
    </>
  );
}
