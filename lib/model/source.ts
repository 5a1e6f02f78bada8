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
  /**
   * The larger body this source is formally part of (a governor of a government,
   * a security force of an administration): it speaks with that body's voice
   * when independent sources are counted. Never used for mere alignment.
   */
  partOf: Id.optional(),
  /**
   * Other names texts call it by, in any language ("المرصد السوري", "محافظ
   * حلب"): how the attribution in a pasted report finds it (lib/intake).
   */
  aliases: z.array(NonEmptyText).optional(),
});
export type Source = z.infer<typeof Source>;
