import type { HeadlineRule } from "@/lib/claims/headline";
import { quotesOf, type QuoteOf } from "@/lib/claims/quotes";
import { citationText } from "@/lib/export/citation";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { Revision, Source } from "@/lib/model";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
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
  competing: ClaimSummary[];
  history: ClaimSummary[];
  latestReportedAt?: string;
  revisions: Revision[];
  citation: string;
}

export function toDetailView(detail: FigureDetail, snapshot: Snapshot, accessed: string): FigureDetailView {
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
    period: claim.kind === "reported" && (claim.periodStart || claim.periodEnd) ? { start: claim.periodStart, end: claim.periodEnd } : undefined,
    notes: claim.kind === "reported" ? claim.notes : undefined,
    derivedLabel: claim.kind === "derived" ? claim.label : undefined,
    parts: claim.kind === "derived" ? claim.parts.map((p) => summarizeClaim(p, snapshot)) : [],
    headline: detail.headline,
    competing: detail.competing.map((c) => summarizeClaim(c, snapshot)),
    history: detail.history.map((c) => summarizeClaim(c, snapshot)),
    latestReportedAt: detail.latestReportedAt,
    revisions: detail.revisions,
    citation: citationText({
      title,
      originalSources: [summary.sourceShort],
      relays: summary.viaShort ? [summary.viaShort] : [],
      accessed,
      url: claim.url,
    }),
  };
}
