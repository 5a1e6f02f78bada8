import { z } from "zod";
import { HttpUrl, Id, NonEmptyText, PlainText } from "./common";
import { Reliability, SourceKind } from "./enums";

export const Source = z.object({
  id: Id,
  name: NonEmptyText,
  short: NonEmptyText,
  kind: SourceKind,
  reliability: Reliability,
  /** One line on why the grade: a grade without a reason is not reviewable. */
  reliabilityReason: NonEmptyText,
  url: HttpUrl.optional(),
  notes: PlainText.optional(),
});
export type Source = z.infer<typeof Source>;
