import type { Indicator, Qualifier } from "@/lib/model";
import type { Candidate } from "./candidate";

/** A figure a person found in a report, as tests/fixtures/intake/labelled-reports.json records it. */
export interface LabelledFigure {
  value: number;
  valueHigh?: number | null;
  qualifier: Qualifier;
  indicator: Indicator | null;
  originator: string | null;
}

export interface Score {
  /** Labelled figures whose value a candidate found. */
  found: number;
  labelled: number;
  /** Candidates with a value that match a labelled figure. */
  right: number;
  proposed: number;
  /** Of the found figures, how many the candidate got right, field by field. */
  qualifier: number;
  indicator: number;
  originator: number;
}

/**
 * How candidates compare with what a person labelled: a labelled figure is
 * found when a candidate has its value (each candidate matches one figure);
 * the fields are then compared one by one.
 */
export function scoreReport(candidates: Candidate[], labelled: LabelledFigure[]): Score {
  const open = candidates.filter((c) => c.value !== undefined);
  const score: Score = { found: 0, labelled: labelled.length, right: 0, proposed: open.length, qualifier: 0, indicator: 0, originator: 0 };
  for (const figure of labelled) {
    const at = open.findIndex((c) => c.value === figure.value);
    if (at === -1) continue;
    const [candidate] = open.splice(at, 1);
    score.found++;
    score.right++;
    if (candidate.qualifier === figure.qualifier) score.qualifier++;
    if ((candidate.indicator ?? null) === figure.indicator) score.indicator++;
    if ((candidate.sourceId ?? null) === figure.originator) score.originator++;
  }
  return score;
}

export function addScores(scores: Score[]): Score {
  const total: Score = { found: 0, labelled: 0, right: 0, proposed: 0, qualifier: 0, indicator: 0, originator: 0 };
  for (const score of scores) for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
  return total;
}
