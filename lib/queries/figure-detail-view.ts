import type { ClaimDocument } from "./claim-document";
import type { Agreement } from "@/lib/claims/agreement";
import type { HeadlineRule } from "@/lib/claims/headline";
import { quotesOf, type QuoteOf } from "@/lib/claims/quotes";
import type { CitationInput } from "@/lib/export/citation";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { Revision, Source } from "@/lib/model";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { summarizeGroups, type ClaimGroupSummary } from "./claim-group-summary";
import type { FigureDetail } from "./figures";
import type { Snapshot } from "./snapshot";

/** FigureDetail shaped for display: every claim summarised, the quote picked (a sum quotes its report). */
export interface FigureDetailView {
  claim: ClaimSummary & { pinnedReason?: string };
  placeText: string;
  source?: Source;
  via?: Source;
  quotes: QuoteOf[];
  dateNote: string;
  /** The counted period where the source gives it ("since 6 January"). */
  period?: { start?: string; end?: string };
  notes?: string;
  derivedLabel?: string;
  parts: ClaimSummary[];
  headline: { id: string; rule: HeadlineRule } | null;
  agreement: Agreement | null;
  /** The claims at either end of the agreement's range. */
  rangeEnds: { lowest: ClaimSummary; highest: ClaimSummary } | null;
  /** Other current claims about the same thing, grouped by source and value. */
  competing: ClaimGroupSummary[];
  /** Replaced counts about the same thing, grouped the same way. */
  history: ClaimGroupSummary[];
  /** Every current figure this claim's own voice gives for the same thing, when it gives more than one. */
  discrepancy: number[] | null;
  /** The larger body whose voice this source speaks with, if any. */
  voiceName?: string;
  latestReportedAt?: string;
  /** When a claim about the same thing last changed, for the "new since you last looked" mark. */
  changedIn: number;
  revisions: Revision[];
  /** The archived copy the quote was taken from: readers see its fingerprint and date, staff its text. */
  document?: ClaimDocument;
  /** What the citation says; the copy button adds the date the reader accessed it. */
  citation: CitationInput;
}

export function toDetailView(detail: FigureDetail, snapshot: Snapshot): FigureDetailView {
  const t = getMessages();
  const { claim } = detail;
  const summary = summarizeClaim(claim, snapshot);
  const title = t.figure.citationTitle(
    summary.valueText,
    t.unit[claim.unit],
    t.indicator[claim.indicator].toLowerCase(),
    t.group[claim.group],
    summary.placeText,
    claim.reportedAt && formatDate(claim.reportedAt),
  );
  return {
    claim: { ...summary, pinnedReason: claim.pinnedReason },
    placeText: summary.placeText,
    source: detail.source,
    via: detail.via,
    quotes: quotesOf(claim),
    dateNote: claim.dateNote,
    document: detail.document,
    period: claim.kind === "reported" && (claim.periodStart || claim.periodEnd) ? { start: claim.periodStart, end: claim.periodEnd } : undefined,
    notes: claim.kind === "reported" ? claim.notes : undefined,
    derivedLabel: claim.kind === "derived" ? claim.label : undefined,
    parts: claim.kind === "derived" ? claim.parts.map((p) => summarizeClaim(p, snapshot)) : [],
    headline: detail.headline,
    agreement: detail.agreement,
    rangeEnds: detail.agreement && rangeEndsOf(detail.agreement, snapshot),
    competing: summarizeGroups(detail.competing, snapshot),
    history: summarizeGroups(detail.history, snapshot),
    discrepancy: detail.discrepancy,
    voiceName: detail.claim.voice !== claim.sourceId ? (snapshot.sourcesById.get(detail.claim.voice)?.name ?? detail.claim.voice) : undefined,
    latestReportedAt: detail.latestReportedAt,
    changedIn: detail.changedIn,
    revisions: detail.revisions,
    citation: {
      title,
      originalSources: [summary.sourceShort],
      relays: summary.viaShort ? [summary.viaShort] : [],
      url: claim.url,
    },
  };
}

function rangeEndsOf(agreement: Agreement, snapshot: Snapshot): FigureDetailView["rangeEnds"] {
  const lowest = snapshot.claimsById.get(agreement.lowClaimId);
  const highest = snapshot.claimsById.get(agreement.highClaimId);
  return lowest && highest ? { lowest: summarizeClaim(lowest, snapshot), highest: summarizeClaim(highest, snapshot) } : null;
}
