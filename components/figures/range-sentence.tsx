import type { Agreement } from "@/lib/claims/agreement";
import { formatDate } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import { HIGH_MARK, LOW_MARK, withLinks } from "@/components/ui/with-links";
import { Bidi } from "@/components/ui/bidi";

/**
 * "3 independent sources, from 59,030 (Social Affairs, date not given)
 * to about 165,000 (TRT World, 10 January 2026)": each end of the range is a
 * claim, in its own words, with its source and date, and a link to its quote.
 */
export function RangeSentence({ agreement, lowest, highest }: { agreement: Agreement; lowest: ClaimSummary; highest: ClaimSummary }) {
  const t = getMessages();
  const end = (claim: ClaimSummary) => t.overview.rangeEnd(claim.valueText, claim.sourceShort, claim.reportedAt ? formatDate(claim.reportedAt) : null);
  const one = agreement.low === agreement.high;
  const sentence = t.overview.agreement(agreement.sources, LOW_MARK, one ? LOW_MARK : HIGH_MARK);
  return withLinks(sentence, {
    [LOW_MARK]: <Link href={one ? highest.href : lowest.href}>{one ? formatInteger(agreement.low) : <Bidi text={end(lowest)} />}</Link>,
    [HIGH_MARK]: <Link href={highest.href}>{<Bidi text={end(highest)} />}</Link>,
  });
}
