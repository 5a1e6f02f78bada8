import { z } from "zod";
import { Count, Id, Indicator, PopulationGroup, Qualifier, Unit } from "@/lib/model";

/** Why a candidate needs an editor's eye before it is saved. */
export const CandidateFlag = z.enum([
  /** "dozens", "عشرات": a count in words, with no number to save. */
  "vague-count",
  /** No word in the sentence says what the number counts. */
  "no-indicator",
  /** The sentence attributes the figure to someone Sitrep has no source for. */
  "unknown-originator",
]);
export type CandidateFlag = z.infer<typeof CandidateFlag>;

/**
 * One figure found in a pasted report: the number, its qualifier, what and
 * whom it counts, where and who says so, each only when the text says it.
 * `quote` is always `text.slice(start, end)` of the document it came from.
 */
export const Candidate = z.object({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Where the number itself stands in the text, for highlighting. */
  numberStart: z.number().int().nonnegative(),
  numberEnd: z.number().int().positive(),
  /** Absent for a vague count ("dozens"). */
  value: Count.optional(),
  valueHigh: Count.optional(),
  /** The number's own words ("155 ألف", "dozens"). */
  valueText: z.string(),
  qualifier: Qualifier,
  unit: Unit,
  indicator: Indicator.optional(),
  group: PopulationGroup.optional(),
  placeIds: z.array(Id),
  sourceId: Id.optional(),
  /** Whom the sentence credits, as written, when that is not a known source. */
  sourceText: z.string().optional(),
  flags: z.array(CandidateFlag),
});
export type Candidate = z.infer<typeof Candidate>;
