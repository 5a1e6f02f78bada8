import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { saveClaim } from "@/lib/forms/actions/claim";
import { newClaimDefaults } from "@/lib/forms/claim-values";
import { claimFields } from "@/lib/forms/record-specs";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/edit/claims/new", () => ({ title: getStaffMessages().claim.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function NewClaimPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/claims/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  return (
    <>
      <h1>{s.claim.newTitle}</h1>
      <p className="lede">{s.claim.lede}</p>
      <RecordForm
        specs={claimFields(snapshot)}
        action={saveClaim.bind(null, { locale, id: null, figureVersion: null })}
        initialValues={newClaimDefaults}
        reasonLabel={s.form.reasonNew}
        submitLabel={s.form.save}
      />
    </>
  );
}
