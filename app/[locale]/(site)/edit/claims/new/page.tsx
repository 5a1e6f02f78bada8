import { and, desc, eq } from "drizzle-orm";
import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { requireStaff } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { revisions } from "@/lib/db/schema";
import { saveClaim } from "@/lib/forms/actions/claim";
import { newClaimDefaults } from "@/lib/forms/claim-values";
import { claimFields } from "@/lib/forms/record-specs";
import { todayIso } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { defaultSituationOf } from "@/lib/situations/membership";

export const generateMetadata = metadataAt("/edit/claims/new", () => ({ title: getStaffMessages().claim.newTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ situation?: string | string[] }> };

/**
 * A new claim, its form filled with what saves work: today's date, the
 * situation's places (the one it was opened from, else the default), and the
 * source this editor added a claim for last.
 */
export default async function NewClaimPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/claims/new`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  const asked = (await searchParams).situation;
  const situation = (typeof asked === "string" && snapshot.situationsById.get(asked)) || defaultSituationOf(snapshot.situations);
  const [last] = await (await getDb())
    .select({ changes: revisions.changes })
    .from(revisions)
    .where(and(eq(revisions.entity, "figure"), eq(revisions.action, "create"), eq(revisions.userId, actor.user.id)))
    .orderBy(desc(revisions.id))
    .limit(1);
  const lastSource = (last?.changes as { sourceId?: string } | undefined)?.sourceId;
  const defaults = {
    ...newClaimDefaults,
    reportedAt: todayIso(),
    ...(situation ? { locationIds: situation.placeIds, situationIds: [situation.id] } : {}),
    ...(lastSource && snapshot.sourcesById.has(lastSource) ? { sourceId: lastSource } : {}),
  };
  return (
    <>
      <h1>{s.claim.newTitle}</h1>
      <p className="lede">{s.claim.lede}</p>
      <RecordForm specs={claimFields(snapshot)} action={saveClaim.bind(null, { locale, id: null, figureVersion: null })} initialValues={defaults} reasonLabel={s.form.reasonNew} submitLabel={s.form.save} />
    </>
  );
}
