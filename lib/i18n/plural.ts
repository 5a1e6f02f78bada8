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

/**
 * Unicode first-strong isolates around a value set into right-to-left text:
 * a source's Latin name or a number keeps its own direction and never pulls
 * its neighbours along ("at least 38" cannot read as "83", a comma cannot
 * jump to the wrong end of a name).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Right-to-left isolates, for Arabic words with a number in a drawing whose base direction is left to right. */
export function isolateRtl(text: string): string {
  return `\u2067${text}\u2069`;
}

/**
 * Left-to-right isolates, for a number with its sign in right-to-left text:
 * "≥ 43" and "9–12" keep their order, and "≥" is not mirrored into "≤".
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
