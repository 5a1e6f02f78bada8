import type { Metadata } from "next";
import { situationsOfRecord } from "@/lib/situations/membership";
import { scopedSnapshot } from "@/lib/situations/scope";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/forms/record-form";
import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { PinForm } from "@/components/staff/pin-form";
import { ActionButton } from "@/components/staff/revision-actions";
import { requireStaff } from "@/lib/auth/page-session";
import { saveClaim } from "@/lib/forms/actions/claim";
import { dismissAction, pinAction, supersedePartAction } from "@/lib/forms/actions/history";
import { RecordHistory } from "@/components/staff/record-history";
import { claimFormValues } from "@/lib/forms/claim-values";
import { claimFields } from "@/lib/forms/record-specs";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { summarizeClaim } from "@/lib/queries/claim-summary";
import { buildOverview } from "@/lib/queries/overview";
import { currentSnapshot, perVersionInLocale } from "@/lib/queries/read-model";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { flagText } from "@/lib/format/card-texts";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return localizedMetadata(params, `/edit/claims/${id}`, () => ({ title: getStaffMessages().claim.editTitle(id), robots: { index: false } }));
}
export const dynamic = "force-dynamic";

/** Revise a claim: the form with what is stored, its history with a revert for each change, and a flag to settle. */
export default async function EditClaimPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { id } = await params;
  const here = `/${locale}/edit/claims/${id}`;
  const actor = await requireStaff("editor", locale, here);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const snapshot = await currentSnapshot();
  const claim = snapshot.claimsById.get(id);
  // A computed sum has no fields of its own: its parts are edited.
  if (!claim || claim.kind !== "reported") notFound();
  const figureVersion = snapshot.figureVersions.get(id) ?? 0;
  const { kind: _kind, ...figure } = claim;
  // The flag as the overview's card raises it: against the headline, or against the part of a sum the card shows.
  const flagged = situationsOfRecord(claim, snapshot.firstSituationId)
    .flatMap((situationId) => {
      const scoped = scopedSnapshot(snapshot, situationId);
      return scoped ? perVersionInLocale(scoped, "overview", () => buildOverview(scoped)).cards : [];
    })
    .flatMap((card) => card.flags.map((flag) => ({ flag, headline: card.headline })))
    .find(({ flag }) => flag.claim.id === id);
  const flag = flagged?.flag;
  return (
    <>
      <h1>{s.claim.editTitle(id)}</h1>
      <p className="lede">
        <Link href={`/figures/${id}`}>{summarizeClaim(claim, snapshot).valueText}</Link>, {snapshot.sourcesById.get(claim.sourceId)?.short}
      </p>
      {flag && (
        <section className="panel" aria-labelledby="flag-heading">
          <h2 id="flag-heading">{s.claim.flagHeading}</h2>
          <p>{flagged && flagText(flagged.flag, flagged.headline)}</p>
          <p>{s.claim.flagText(flag.claim.valueText, flag.shown.valueText)}</p>
          <ActionButton action={dismissAction.bind(null, { figureId: id, headlineId: flag.shown.id, page: here })} label={s.claim.dismiss} />
          {flag.partOfSum ? (
            <>
              <p>{s.claim.partOfSumNote}</p>
              {flag.sameVoice && (
                <ActionButton action={supersedePartAction.bind(null, { figureId: id, partId: flag.shown.id, page: here })} label={s.claim.supersedePart(flag.shown.valueText)} />
              )}
            </>
          ) : (
            <>
              <h3>{s.claim.pinHeading}</h3>
              <PinForm action={pinAction.bind(null, { figureId: id, figureVersion, page: here })} />
            </>
          )}
        </section>
      )}
      <RecordForm
        specs={claimFields(snapshot).filter((spec) => spec.name !== "id")}
        action={saveClaim.bind(null, { locale, id, figureVersion })}
        openedAtVersion={figureVersion}
        openMore
        initialValues={claimFormValues(figure)}
        reasonLabel={s.form.reason}
        reasonRequired
        submitLabel={s.form.save}
      />
      <h2>{s.claim.historyHeading}</h2>
      <RecordHistory entity="figure" id={id} page={here} />
    </>
  );
}
