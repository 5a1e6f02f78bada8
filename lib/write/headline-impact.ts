import { chooseHeadline } from "@/lib/claims/headline";
import { claimGroupKey } from "@/lib/claims/keys";
import { asReported, type Claim } from "@/lib/claims/types";
import { formatList } from "@/lib/format/list";
import { formatQualified } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { Figure } from "@/lib/model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { placeNameOf } from "@/lib/i18n/place-name";

const valueOf = (c: Claim) => formatQualified({ value: c.value, qualifier: c.qualifier, valueHigh: c.kind === "reported" ? c.valueHigh : undefined });

/**
 * What saving this claim does to the headline of what it counts, in words,
 * or null when the headline stays: editors see it before they confirm.
 */
export function headlineImpact(snapshot: Snapshot, figure: Figure): string | null {
  const t = getMessages();
  const s = getStaffMessages();
  const claim = asReported(figure);
  const key = claimGroupKey(claim);
  const before = snapshot.claims.filter((c) => claimGroupKey(c) === key);
  const after = [...before.filter((c) => c.id !== claim.id), claim];
  const was = chooseHeadline(before, snapshot.sourcesById)?.headline;
  const now = chooseHeadline(after, snapshot.sourcesById)?.headline;
  const places = formatList(claim.locationIds.map((id) => placeNameOf(snapshot.locationsById, id)));
  const what = `${t.indicator[claim.indicator].toLowerCase()} (${t.group[claim.group]}, ${places})`;
  if (now?.id === claim.id && was?.id !== claim.id) return s.claim.impact(what, was ? valueOf(was) : null);
  if (now?.id === claim.id && was && valueOf(was) !== valueOf(claim)) return s.claim.headlineChanges(what, valueOf(was), valueOf(claim));
  if (was?.id === claim.id && now?.id !== claim.id) return s.claim.stopsBeing(what, now ? valueOf(now) : null);
  return null;
}
