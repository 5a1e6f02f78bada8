import type { QuoteLanguage } from "@/lib/model";

/**
 * The language of a quote when its document does not say: Arabic script is
 * Arabic; Latin with Kurmanji's letters (ê î û ş ç) is Kurmanji; else English.
 * A guess an editor sees and can correct in the claim's own form.
 */
export function quoteLanguageOf(quote: string, documentLanguage?: QuoteLanguage): QuoteLanguage {
  if (documentLanguage) return documentLanguage;
  if (/[\u0600-\u06FF]/.test(quote)) return "ar";
  if (/[êîûşçÊÎÛŞÇ]/.test(quote)) return "ku";
  return "en";
}
