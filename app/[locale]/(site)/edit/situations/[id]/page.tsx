import { notFound } from "next/navigation";
import { RecordForm } from "@/components/forms/record-form";
import { RecordHistory } from "@/components/staff/record-history";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveSituation } from "@/lib/forms/actions/situation";
import { formValuesOf, situationFields } from "@/lib/forms/situation-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { situationTitle } from "@/lib/situations/texts";
import { situationTag } from "@/lib/write/situations";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return localizedMetadata(params, `/edit/situations/${id}`, () => ({ title: getStaffMessages().situation.editTitle(id), robots: { index: false } }));
}
export const dynamic = "force-dynamic";

/** Edits a situation (admins): its texts, places, facilities, headline figures, charts and map; archive it by its status. */
export default async function EditSituationPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { id } = await params;
  const actor = await requireStaff("editor", locale, `/${locale}/edit/situations/${id}`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  const situation = snapshot.situationsById.get(id);
  if (!situation) notFound();
  return (
    <>
      <h1>{s.situation.editTitle(situationTitle(situation))}</h1>
      <RecordForm
        specs={situationFields(snapshot, { opening: false, role: actor.user.role })}
        initialValues={formValuesOf(situation)}
        action={saveSituation.bind(null, { locale, id, openedAtTag: situationTag(situation) })}
        reasonLabel={s.form.reason}
        reasonRequired
        submitLabel={s.form.save}
      />
      <h2>{s.claim.historyHeading}</h2>
      <RecordHistory entity="situation" id={id} page={`/${locale}/edit/situations/${id}`} />
    </>
  );
}
