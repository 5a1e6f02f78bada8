import { z } from "zod";
import { HttpUrl, NonEmptyText, PlainText } from "./common";

/** A published table a claim's figure was read from (an IOM DTM round, an OCHA table on HDX). */
export const DatasetReference = z.object({
  title: NonEmptyText,
  publisher: NonEmptyText,
  url: HttpUrl.optional(),
  /** The round, release or date the publisher gives it: a later release is another dataset. */
  version: NonEmptyText.optional(),
});
export type DatasetReference = z.infer<typeof DatasetReference>;

/**
 * The evidence of a claim read from a dataset rather than a text: the
 * dataset and the row's cells exactly as published, each under its header
 * and HXL hashtag. A reader checks the figure against these, as against a quote.
 */
export const DatasetRow = DatasetReference.extend({
  /** The row as a spreadsheet numbers it (the header is row 1, the hashtags row 2). */
  row: z.number().int().min(1),
  values: z
    .array(z.object({ column: PlainText, hashtag: PlainText, value: PlainText }))
    .min(1, "must hold the row's values"),
  /** Which of the values (1-based) is this claim's figure. */
  valueColumn: z.number().int().min(1).optional(),
});
export type DatasetRow = z.infer<typeof DatasetRow>;
