import { groupBySourceAndValue, type SourceValueGroup } from "@/lib/claims/agreement";
import type { Claim } from "@/lib/claims/types";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import type { Snapshot } from "./snapshot";

/** One source's one figure with every report of it, as lists show it: "the governor: 155,000 (reported by 8 outlets)". */
export interface ClaimGroupSummary {
  key: string;
  /** The newest report, which the group's value links to. */
  first: ClaimSummary;
  /** The figure as each report words it, without repeats ("about 155,000", "155,000"). */
  valueTexts: string[];
  /** The larger body the source is part of, when it speaks with its voice. */
  voiceShort?: string;
  reports: ClaimSummary[];
}

export function summarizeGroups(claims: Claim[], snapshot: Snapshot): ClaimGroupSummary[] {
  return summarizeGroupList(groupBySourceAndValue(claims, snapshot.voiceOf), snapshot);
}

/** Summaries of groups already formed, e.g. one page of them. */
export function summarizeGroupList(groups: SourceValueGroup[], snapshot: Snapshot): ClaimGroupSummary[] {
  return groups.map((group) => {
    const reports = group.claims.map((c) => summarizeClaim(c, snapshot));
    return {
      key: group.key,
      first: reports[0],
      valueTexts: [...new Set(reports.map((r) => r.valueText))],
      voiceShort: group.voice !== group.sourceId ? (snapshot.sourcesById.get(group.voice)?.short ?? group.voice) : undefined,
      reports,
    };
  });
}
