import { notFound } from "next/navigation";
import { desc, eq } from "drizzle-orm";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { ReportIntake } from "@/components/staff/report-intake";
import { requireStaff } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { documents } from "@/lib/db/schema";
import { readReport, saveCandidates } from "@/lib/forms/actions/intake";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { intakeOptions } from "@/lib/intake/intake-options";
import { currentSnapshot } from "@/lib/queries/read-model";
import { situationTitle } from "@/lib/situations/texts";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return localizedMetadata(params, `/edit/situations/${id}/reports/new`, () => ({ title: getStaffMessages().intake.title, robots: { index: false } }));
}
export const dynamic = "force-dynamic";

/** Adds a report to a situation: its text archived, its figures proposed as claims to tick and save (editors). */
export default async function NewReportPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { id } = await params;
  const here = `/${locale}/edit/situations/${id}/reports/new`;
  const actor = await requireStaff("editor", locale, here);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  const situation = snapshot.situationsById.get(id);
  if (!situation) notFound();
  // The outlet this editor archived last: reports come in runs from one desk.
  const [last] = await (await getDb()).select({ outlet: documents.outlet }).from(documents).where(eq(documents.userId, actor.user.id)).orderBy(desc(documents.archivedAt)).limit(1);
  return (
    <>
      <h1>
        {s.intake.title}: {situationTitle(situation)}
      </h1>
      <p className="lede">{s.intake.lede}</p>
      <ReportIntake
        readAction={readReport.bind(null, { locale, situationId: id })}
        saveAction={saveCandidates.bind(null, { locale, situationId: id })}
        options={intakeOptions(snapshot, situation)}
        defaults={{ outlet: last?.outlet ?? undefined }}
        today={new Date().toISOString().slice(0, 10)}
        situationHref={`/${locale}/${id}`}
        situationTitle={situationTitle(situation)}
        claimsHref={`/${locale}/figures/`}
        reportHref={here}
      />
    </>
  );
}
