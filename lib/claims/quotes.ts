import type { DatasetRow } from "@/lib/model";
import type { Claim } from "./types";

export interface QuoteOf {
  quote: string;
  quoteLanguage: string;
  translation?: string;
  url?: string;
  dataset?: DatasetRow;
}

/** The words behind a claim: its own quote, or for a sum the distinct quotes of its parts. */
export function quotesOf(claim: Claim): QuoteOf[] {
  const quoted = claim.kind === "reported" ? [claim] : claim.parts;
  const seen = new Set<string>();
  return quoted.flatMap(({ quote, quoteLanguage, translation, url, dataset }) => {
    if (seen.has(quote)) return [];
    seen.add(quote);
    return [{ quote, quoteLanguage, translation, url, ...(dataset ? { dataset } : {}) }];
  });
}
