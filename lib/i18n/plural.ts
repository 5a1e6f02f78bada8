type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of a counted phrase the language's plural rules ask for: Arabic
 * has six (no, one, two, a few, many, other), Kurmanji and English two.
 * "#" in a form stands for the number, in Latin digits as everywhere.
 */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(locale).select(n);
  const form = (n === 0 ? forms.zero : undefined) ?? forms[rule] ?? forms.other;
  return form.replaceAll("#", new Intl.NumberFormat(`${locale}-u-nu-latn`).format(n));
}
