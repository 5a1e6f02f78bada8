import { z } from "zod";
import { Count, HttpUrl, Id, IsoDate, NonEmptyText, OptionalText } from "./common";
import { DatasetRow } from "./dataset-row";
import { CountKind, FigureStatus, Indicator, PopulationGroup, Qualifier, QuoteLanguage, Unit } from "./enums";

/** A figure is a claim: one source said this number, in these words, at this time. */
export const FigureFields = z.object({
  id: Id,
  indicator: Indicator,
  group: PopulationGroup,
  value: Count,
  qualifier: Qualifier,
  valueHigh: Count.optional(),
  unit: Unit,
  locationIds: z.array(Id).min(1, "must name at least one location"),
  /** A period count ("over the past 24 hours") carries its span in periodStart/periodEnd. */
  countKind: CountKind.default("cumulative"),
  periodStart: IsoDate.optional(),
  periodEnd: IsoDate.optional(),
  reportedAt: IsoDate.optional(),
  /** How the report date is known (shown on page, stored copy's date, inferred from a dated source). */
  dateNote: NonEmptyText,
  sourceId: Id,
  via: Id.optional(),
  url: HttpUrl.optional(),
  quote: NonEmptyText,
  quoteLanguage: QuoteLanguage,
  translation: OptionalText,
  notes: OptionalText,
  status: FigureStatus,
  supersedes: Id.optional(),
  /**
   * The claim whose figure this one repeats or takes its figure from, known
   * from any page (an outlet relaying a wire agency's count; a report whose
   * numbers another report credits to a ministry). Independence counts the
   * origin's voice once, however many claims repeat it.
   */
  takenFrom: Id.optional(),
  /** Non-empty means editors pinned this claim as the headline; the text says why. */
  pinnedReason: OptionalText,
  /** The situations this belongs to; left out, the default one (lib/situations/membership.ts). */
  situationIds: z.array(Id).min(1, "must name at least one situation").optional(),
  /** The archived text the quote was taken from (lib/model/document.ts); the quote should be found in it. */
  documentId: Id.optional(),
  /** Read from a dataset, not a text: the dataset and the row as published (the quote is that row's line of the file). */
  dataset: DatasetRow.optional(),
});

export const Figure = FigureFields.superRefine((figure, ctx) => {
  if (figure.valueHigh !== undefined && figure.valueHigh < figure.value) {
    ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "must not be below value" });
  }
  if (figure.quoteLanguage !== "en" && !figure.translation) {
    ctx.addIssue({ code: "custom", path: ["translation"], message: "is required when the quote is not in English" });
  }
  if (figure.countKind === "period" && !figure.periodStart && !figure.periodEnd) {
    ctx.addIssue({ code: "custom", path: ["countKind"], message: "a period count needs its period (periodStart or periodEnd)" });
  }
  if (figure.takenFrom === figure.id) {
    ctx.addIssue({ code: "custom", path: ["takenFrom"], message: "a claim cannot repeat itself" });
  }
  if (figure.supersedes === figure.id) {
    ctx.addIssue({ code: "custom", path: ["supersedes"], message: "a claim cannot replace itself" });
  }
  if (figure.periodStart && figure.periodEnd && figure.periodEnd < figure.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "must not be before periodStart" });
  }
});
export type Figure = z.infer<typeof Figure>;
