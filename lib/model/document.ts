import { z } from "zod";
import { HttpUrl, Id, IsoDate, safeText } from "./common";
import { QuoteLanguage } from "./enums";

/** Pasted or uploaded report text larger than this is refused: a news page is a few dozen kB. */
export const MAX_DOCUMENT_CHARACTERS = 200_000;

/** A report's text as an editor sends it to be archived and read for figures. */
export const NewDocument = z.object({
  situation: Id.optional(),
  /**
   * Lines end in LF: a browser's textarea sends CRLF, a saved file may hold
   * either, and one text must have one fingerprint however it arrived.
   */
  text: z.preprocess(
    (text) => (typeof text === "string" ? text.replace(/\r\n?/g, "\n") : text),
    safeText(z.string().trim().min(1, "must not be empty").max(MAX_DOCUMENT_CHARACTERS, `may have at most ${MAX_DOCUMENT_CHARACTERS.toLocaleString("en")} characters`)),
  ),
  url: HttpUrl.optional(),
  /** The source that published it. */
  outlet: Id.optional(),
  publishedAt: IsoDate.optional(),
  language: QuoteLanguage.optional(),
});
export type NewDocument = z.infer<typeof NewDocument>;

/** An archived text: the evidence a claim's quote was taken from, kept whole and fingerprinted. */
export const ArchivedDocument = z.object({
  id: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string().optional(),
  outlet: Id.optional(),
  publishedAt: IsoDate.optional(),
  language: QuoteLanguage.optional(),
  situationId: Id.optional(),
  archivedBy: z.string(),
  archivedAt: z.string(),
});
export type ArchivedDocument = z.infer<typeof ArchivedDocument>;
