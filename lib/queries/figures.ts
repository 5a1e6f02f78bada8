import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema";
import type { Claim } from "@/lib/claims/types";
import type { Figure, Location, Revision, Source } from "@/lib/model";
import { claimsLike } from "./claim-groups";
import { agreementOf, discrepanciesWithin, type Agreement } from "@/lib/claims/agreement";
import { maxOf } from "@/lib/math/extent";
import { byReportDateDesc, chooseHeadline, type HeadlineRule } from "@/lib/claims/headline";
import { narrowestList, type ClaimFilterIndex } from "./claim-filter-index";
import type { FigureFilters } from "./figure-filters";
import type { Snapshot } from "./snapshot";
import { claimDocument, type ClaimDocument } from "./claim-document";

/** The claims that pass every filter, in the order of `claims` (the snapshot's by default). */
export function filterClaims(snapshot: Snapshot, filters: FigureFilters, claims: Claim[] = snapshot.claims, index?: ClaimFilterIndex): Claim[] {
  // With an index of `claims`, only the shortest list a filter names is checked against the others.
  const candidates = (index && narrowestList(index, filters)) ?? claims;
  return candidates.filter(
    (c) =>
      (!filters.indicator || c.indicator === filters.indicator) &&
      (!filters.location || c.locationIds.includes(filters.location)) &&
      (!filters.source || c.sourceId === filters.source || c.via === filters.source) &&
      (!filters.status || c.status === filters.status),
  );
}

/** What sources said, for CSV: a derived sum contributes its parts, not itself. */
export function reportedClaimsOf(claims: Claim[]): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const claim of claims.flatMap((c) => (c.kind === "derived" ? c.parts : [c]))) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    const { kind: _kind, ...figure } = claim;
    out.push(figure);
  }
  return out;
}

/** A claim with the independent voice it counts under (lib/claims/voice.ts), as the API gives every claim it lists. */
export type VoicedClaim = Claim & { voice: string };

export interface FigureDetail {
  claim: VoicedClaim;
  source: Source | undefined;
  via: Source | undefined;
  locations: Location[];
  /** Null when every claim about this thing has been superseded. */
  headline: { id: string; rule: HeadlineRule } | null;
  /** Current claims about the same thing from other sources or reports. */
  competing: VoicedClaim[];
  /** Superseded counts about the same thing: history, not competition. */
  history: VoicedClaim[];
  /** Independent voices, reports and range of the current claims about the same thing; null when none is current. */
  agreement: Agreement | null;
  /** This claim's voice gives other current figures for the same thing: all of its values, lowest first. */
  discrepancy: number[] | null;
  /** Latest report date among all claims about the same thing, to say how old this one is. */
  latestReportedAt?: string;
  /** The newest data version that added or changed a claim about the same thing (0: none since the bundled data). */
  changedIn: number;
  revisions: Revision[];
  /** The archived text the quote was taken from; `quoteFound` false flags a quote not in it. */
  document?: ClaimDocument;
}

export async function figureDetail(db: Database, snapshot: Snapshot, id: string): Promise<FigureDetail | null> {
  const claim = snapshot.claimsById.get(id);
  if (!claim) return null;
  const group = claimsLike(claim, snapshot);
  const choice = chooseHeadline(group, snapshot.sourcesById);
  const revisionRows = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.entity, claim.kind === "derived" ? "derived-figure" : "figure"), eq(revisions.entityId, id)))
    .orderBy(asc(revisions.id));
  const voiced = (c: Claim): VoicedClaim => ({ ...c, voice: snapshot.voiceOf(c) });
  const dates = group.map((c) => c.reportedAt).filter((d): d is string => Boolean(d)).sort();
  return {
    claim: voiced(claim),
    source: snapshot.sourcesById.get(claim.sourceId),
    via: claim.via ? snapshot.sourcesById.get(claim.via) : undefined,
    locations: claim.locationIds.map((l) => snapshot.locationsById.get(l)).filter((l): l is Location => Boolean(l)),
    headline: choice && { id: choice.headline.id, rule: choice.rule },
    competing: group.filter((c) => c.id !== id && c.status === "current").sort(byReportDateDesc).map(voiced),
    history: group.filter((c) => c.id !== id && c.status !== "current").sort(byReportDateDesc).map(voiced),
    agreement: agreementOf(group, snapshot.voiceOf),
    discrepancy: discrepanciesWithin(group, snapshot.voiceOf).get(snapshot.voiceOf(claim)) ?? null,
    latestReportedAt: dates.at(-1),
    changedIn: Math.max(0, maxOf(group.map((c) => snapshot.history.changedIn.get(c.id) ?? 0))),
    document: claim.kind === "reported" ? await claimDocument(db, claim.documentId, claim.quote) : undefined,
    revisions: revisionRows.map((r) => ({
      id: r.id,
      entity: r.entity as Revision["entity"],
      entityId: r.entityId,
      action: r.action as Revision["action"],
      author: r.author,
      at: new Date(r.at).toISOString(),
      reason: r.reason,
      changes: r.changes,
    })),
  };
}
